// imsmanifest.xml for SCORM 2004 4th Edition and SCORM 1.2. Both have the same
// shape: package metadata (schema, version, an inline LOM record with the title and
// description), one organization with one item, and one SCO resource that lists
// every file. The namespaces, the inline metadata binding and the spelling of the
// SCO attribute (scormType in 2004, scormtype in 1.2) are what differ.
#include "core/lms/scorm_manifest.hpp"

namespace dealdojo::lms {
namespace {

// The fixed parts of each version's manifest.
struct Dialect {
  const char* namespaces;  // the attributes of <manifest> after identifier and version
  const char* schema_version;
  const char* scorm_type_attribute;
};

constexpr Dialect kScorm2004{
    "xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n"
    "          xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n"
    "          xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\"\n"
    "          xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\"\n"
    "          xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n"
    "          xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "          xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd\n"
    "                              http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd\n"
    "                              http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd\n"
    "                              http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd\n"
    "                              http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\n"
    "                              http://ltsc.ieee.org/xsd/LOM lom.xsd\"",
    "2004 4th Edition", "adlcp:scormType"};

constexpr Dialect kScorm12{
    "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n"
    "          xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n"
    "          xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_rootv1p2p1\"\n"
    "          xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "          xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd\n"
    "                              http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd\n"
    "                              http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\"",
    "1.2", "adlcp:scormtype"};

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// The title and description as inline metadata. SCORM 2004 uses IEEE LOM
// (<string language>), SCORM 1.2 the IMS Metadata 1.2.1 binding (<langstring
// xml:lang>); both allow the record inside the manifest's <metadata>.
std::string lom_record(const PackageDescription& package) {
  const std::string language = xml_escape(package.language.empty() ? "en" : package.language);
  const bool has_description = !package.description.empty();
  std::string out;
  if (package.version == ScormVersion::Scorm2004) {
    const std::string open = "<string language=\"" + language + "\">";
    out += "    <lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\">\n      <general>\n";
    out += "        <title>" + open + xml_escape(package.title) + "</string></title>\n";
    if (has_description) out += "        <description>" + open + xml_escape(package.description) + "</string></description>\n";
    out += "      </general>\n    </lom>\n";
  } else {
    const std::string open = "<imsmd:langstring xml:lang=\"" + language + "\">";
    out += "    <imsmd:lom>\n      <imsmd:general>\n";
    out += "        <imsmd:title>" + open + xml_escape(package.title) + "</imsmd:langstring></imsmd:title>\n";
    if (has_description) {
      out += "        <imsmd:description>" + open + xml_escape(package.description) +
             "</imsmd:langstring></imsmd:description>\n";
    }
    out += "      </imsmd:general>\n    </imsmd:lom>\n";
  }
  return out;
}

}  // namespace

std::string package_identifier(std::string_view pack_id, std::string_view pack_version) {
  return xml_id("dealdojo-" + std::string(pack_id) + "-" + std::string(pack_version));
}

std::string xml_id(std::string_view text) {
  std::string id = text.empty() || !is_ascii_letter(text.front()) ? "id-" : "";
  for (const char c : text) {
    const bool allowed = is_ascii_letter(c) || is_ascii_digit(c) || c == '-' || c == '_' || c == '.';
    id += allowed ? c : '_';
  }
  return id;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: {
        const auto byte = static_cast<unsigned char>(c);
        // XML 1.0 has no way to carry these, not even as character references.
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
      }
    }
  }
  return out;
}

std::string scorm_manifest_xml(const PackageDescription& package) {
  const Dialect& dialect = package.version == ScormVersion::Scorm2004 ? kScorm2004 : kScorm12;
  const std::string title = xml_escape(package.title);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<manifest identifier=\"" + xml_escape(xml_id(package.identifier)) + "\" version=\"1\"\n          ";
  out += dialect.namespaces;
  out += ">\n  <metadata>\n    <schema>ADL SCORM</schema>\n";
  out += std::string("    <schemaversion>") + dialect.schema_version + "</schemaversion>\n";
  out += lom_record(package);
  out += "  </metadata>\n";
  // ORG, ITEM and SCO are the other xs:IDs of the document; the package identifier
  // from package_identifier() starts "dealdojo-", so it never takes one of them.
  out += "  <organizations default=\"ORG\">\n    <organization identifier=\"ORG\">\n";
  out += "      <title>" + title + "</title>\n";
  out += "      <item identifier=\"ITEM\" identifierref=\"SCO\">\n        <title>" + title + "</title>\n      </item>\n";
  out += "    </organization>\n  </organizations>\n";
  out += "  <resources>\n    <resource identifier=\"SCO\" type=\"webcontent\" ";
  out += std::string(dialect.scorm_type_attribute) + "=\"sco\" href=\"" + xml_escape(package.launch_href) + "\">\n";
  for (const std::string& file : package.files) out += "      <file href=\"" + xml_escape(file) + "\"/>\n";
  out += "    </resource>\n  </resources>\n</manifest>\n";
  return out;
}

}  // namespace dealdojo::lms

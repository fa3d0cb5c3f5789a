// The course package's imsmanifest.xml in both SCORM versions. Well-formedness and
// the zip as a whole are checked with xmllint and unzip in tests/cli/publish.cmake.
#include <doctest/doctest.h>

#include <string>

#include "core/lms/scorm_manifest.hpp"

using namespace dealdojo::lms;

namespace {

PackageDescription sample(ScormVersion version) {
  PackageDescription package;
  package.version = version;
  package.identifier = package_identifier("sales-rep", "1.2.0");
  package.title = "Sales Rep";
  package.description = "Mock exams for new reps.";
  package.language = "en-GB";
  package.files = {"index.html", "dealdojo.wasm", "course/pack.json"};
  return package;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("scorm manifest: SCORM 2004: 4th Edition namespaces, metadata, one SCO launched from index.html") {
  const std::string xml = scorm_manifest_xml(sample(ScormVersion::Scorm2004));
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest identifier=\"dealdojo-sales-rep-1.2.0\" version=\"1\"", 0) == 0);
  CHECK(contains(xml, "xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\""));
  CHECK(contains(xml, "xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\""));
  CHECK(contains(xml, "xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\""));
  CHECK(contains(xml, "<schema>ADL SCORM</schema>\n    <schemaversion>2004 4th Edition</schemaversion>"));
  CHECK(contains(xml, "<lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\">"));
  CHECK(contains(xml, "<title><string language=\"en-GB\">Sales Rep</string></title>"));
  CHECK(contains(xml, "<description><string language=\"en-GB\">Mock exams for new reps.</string></description>"));
  CHECK(contains(xml, "<organizations default=\"ORG\">\n    <organization identifier=\"ORG\">\n      <title>Sales Rep</title>"));
  CHECK(contains(xml, "<item identifier=\"ITEM\" identifierref=\"SCO\">\n        <title>Sales Rep</title>"));
  CHECK(contains(xml, "<resource identifier=\"SCO\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"index.html\">"));
  CHECK_FALSE(contains(xml, "scormtype"));
  CHECK_FALSE(contains(xml, "imsproject"));
  CHECK(xml.substr(xml.size() - 12) == "</manifest>\n");
}

TEST_CASE("scorm manifest: SCORM 1.2: its namespaces, lowercase scormtype, IMS metadata") {
  const std::string xml = scorm_manifest_xml(sample(ScormVersion::Scorm12));
  CHECK(contains(xml, "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""));
  CHECK(contains(xml, "xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\""));
  CHECK(contains(xml, "xmlns:imsmd=\"http://www.imsglobal.org/xsd/imsmd_rootv1p2p1\""));
  CHECK(contains(xml, "<schemaversion>1.2</schemaversion>"));
  CHECK(contains(xml, "<imsmd:title><imsmd:langstring xml:lang=\"en-GB\">Sales Rep</imsmd:langstring></imsmd:title>"));
  CHECK(contains(xml, "<imsmd:description><imsmd:langstring xml:lang=\"en-GB\">Mock exams"));
  CHECK(contains(xml, "adlcp:scormtype=\"sco\" href=\"index.html\">"));
  CHECK_FALSE(contains(xml, "scormType"));
  CHECK_FALSE(contains(xml, "imscp_v1p1\""));
  CHECK_FALSE(contains(xml, "adlseq"));
}

TEST_CASE("scorm manifest: every file of the package is listed once, in order") {
  for (const ScormVersion version : {ScormVersion::Scorm2004, ScormVersion::Scorm12}) {
    CAPTURE(scorm_version_name(version));
    const std::string xml = scorm_manifest_xml(sample(version));
    CHECK(contains(xml, "      <file href=\"index.html\"/>\n      <file href=\"dealdojo.wasm\"/>\n"
                        "      <file href=\"course/pack.json\"/>\n    </resource>"));
  }
}

TEST_CASE("scorm manifest: titles, descriptions and paths are escaped, control characters dropped") {
  PackageDescription package = sample(ScormVersion::Scorm2004);
  package.title = "Q&A <Basics> \"2024\" it's";
  package.description = "a\x01" "b";
  package.files = {"odd&name.html"};
  const std::string xml = scorm_manifest_xml(package);
  const std::string escaped = "Q&amp;A &lt;Basics&gt; &quot;2024&quot; it&apos;s";
  CHECK(contains(xml, "<title>" + escaped + "</title>"));
  CHECK(contains(xml, "<string language=\"en-GB\">" + escaped + "</string>"));
  CHECK(contains(xml, "<string language=\"en-GB\">ab</string>"));
  CHECK(contains(xml, "<file href=\"odd&amp;name.html\"/>"));
  CHECK_FALSE(contains(xml, "Q&A"));
}

TEST_CASE("scorm manifest: no description, no description element") {
  PackageDescription package = sample(ScormVersion::Scorm12);
  package.description.clear();
  CHECK_FALSE(contains(scorm_manifest_xml(package), "description"));
  package.version = ScormVersion::Scorm2004;
  CHECK_FALSE(contains(scorm_manifest_xml(package), "description"));
}

TEST_CASE("scorm manifest: identifiers are made valid xs:IDs") {
  CHECK(package_identifier("sales-rep", "1.2.0") == "dealdojo-sales-rep-1.2.0");
  CHECK(package_identifier("a b", "1.0+build/7") == "dealdojo-a_b-1.0_build_7");
  CHECK(xml_id("7-up") == "id-7-up");
  CHECK(xml_id("_x") == "id-_x");
  CHECK(xml_id("") == "id-");
  CHECK(xml_id("caf\xc3\xa9") == "caf__");
  PackageDescription package = sample(ScormVersion::Scorm2004);
  package.identifier = "9 lives";
  CHECK(contains(scorm_manifest_xml(package), "<manifest identifier=\"id-9_lives\""));
}

TEST_CASE("scorm manifest: SCORM versions by name") {
  CHECK(parse_scorm_version("2004") == ScormVersion::Scorm2004);
  CHECK(parse_scorm_version("1.2") == ScormVersion::Scorm12);
  CHECK_FALSE(parse_scorm_version("3").has_value());
  CHECK(scorm_version_name(ScormVersion::Scorm12) == "1.2");
}

// dojo publish scorm PACK --version 2004|1.2 -o course.zip [--web DIR] [--force]:
// a SCORM course package (docs/LMS.md, "Publishing") made of the WebAssembly build,
// the pack and an imsmanifest.xml. What goes in and the manifest text are decided in
// core/lms; this file reads the files and writes the zip.
//
// [SECTION] The web build: finding it and reading its files
// [SECTION] The zip: written beside the target, renamed into place
// [SECTION] The command
#include <zip.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/content/pack_loader.hpp"
#include "core/content/pack_writer.hpp"
#include "core/lms/course_package.hpp"
#include "core/lms/scorm_manifest.hpp"
#include "core/util/atomic_file.hpp"
#include "dojo/flags.hpp"
#include "dojo/pack_cli.hpp"

namespace dojo {
namespace {

namespace fs = std::filesystem;
namespace content = dealdojo::content;
namespace lms = dealdojo::lms;

struct PackageFile {
  std::string path;  // inside the zip: relative, forward slashes
  std::string data;
};

// [SECTION] The web build: finding it and reading its files

// dojo is built into build/native and the web app into build/web, so the default is
// the executable's folder's sibling "web". Only Linux says where the executable is
// (/proc/self/exe); elsewhere --web is needed.
std::optional<fs::path> default_web_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) return std::nullopt;
  return exe.parent_path().parent_path() / "web";
}

// The web files, index.html marked as a course page; nullopt after printing what is missing.
std::optional<std::vector<PackageFile>> read_web_build(CommandContext& ctx, const fs::path& web_dir,
                                                       lms::ScormVersion version) {
  constexpr const char* kHint = "build the web app first: make web-build, or pass --web DIR";
  std::vector<PackageFile> files;
  for (const std::string_view name : lms::course_web_files()) {
    const fs::path path = web_dir / name;
    std::optional<std::string> data = dealdojo::util::read_whole_file(path);
    if (!data) {
      ctx.err << path.generic_string() << ": missing or unreadable, and a course package needs it (" << kHint << ")\n";
      return std::nullopt;
    }
    files.push_back({std::string(name), std::move(*data)});
  }
  PackageFile& index = files.front();
  std::optional<std::string> marked = lms::mark_course_page(index.data, version);
  if (!marked) {
    ctx.err << (web_dir / index.path).generic_string()
            << ": has no </head>, so the course mark cannot be added; is this DealDojo's index.html? (" << kHint
            << ")\n";
    return std::nullopt;
  }
  if (!lms::page_has_course_bridge(index.data)) {
    ctx.err << (web_dir / index.path).generic_string()
            << ": does not carry the page scripts (the LMS bridge, web/dealdojo_lms.js), which the build writes "
               "into it; is this DealDojo's index.html from a current build? ("
            << kHint << ")\n";
    return std::nullopt;
  }
  index.data = std::move(*marked);
  return files;
}

// [SECTION] The zip: written beside the target, renamed into place

// Writes `files` as a zip at `target` (deflated, libzip's default), through
// "<target>.tmp" so that a failed run leaves no half-written zip. "" on success,
// else what went wrong.
std::string write_zip(const fs::path& target, const std::vector<PackageFile>& files) {
  const fs::path temp = fs::path(target.string() + ".tmp");
  std::error_code ec;
  fs::remove(temp, ec);
  int open_error = 0;
  zip_t* archive = zip_open(temp.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &open_error);
  if (!archive) {
    zip_error_t error;
    zip_error_init_with_code(&error, open_error);
    std::string message = std::string("cannot create the zip: ") + zip_error_strerror(&error);
    zip_error_fini(&error);
    return message;
  }
  auto fail = [&](const std::string& what) {
    const std::string message = what + ": " + zip_strerror(archive);
    zip_discard(archive);
    fs::remove(temp, ec);
    return message;
  };
  for (const PackageFile& file : files) {
    // The buffers outlive zip_close(), which is when libzip reads them.
    zip_source_t* source = zip_source_buffer(archive, file.data.data(), file.data.size(), 0);
    if (!source) return fail("cannot add " + file.path);
    if (zip_file_add(archive, file.path.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      return fail("cannot add " + file.path);
    }
  }
  if (zip_close(archive) != 0) return fail("cannot write the zip");
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return "cannot move the finished zip into place: " + ec.message();
  }
  return "";
}

// "812 KB", "4.2 MB".
std::string size_text(std::uintmax_t bytes) {
  constexpr std::uintmax_t kMegabyte = 1024 * 1024;
  if (bytes < kMegabyte) return std::to_string((bytes + 512) / 1024) + " KB";
  const std::uintmax_t tenths = (bytes * 10 + kMegabyte / 2) / kMegabyte;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

// [SECTION] The command

const CommandSpec kPublishSpec{
    "publish", {value_flag("--version"), value_flag("-o"), value_flag("--web"), switch_flag("--force")}, 2};

}  // namespace

int run_publish(CommandContext& ctx) {
  const auto args = parse_or_report(ctx, kPublishSpec, ctx.args);
  if (!args) return kExitUsage;
  const std::vector<std::string>& positionals = args->arguments;
  if (positionals.empty() || positionals[0] != "scorm") {
    return usage_error(ctx, "publish", "say what to publish: 'dojo publish scorm PACK --version 2004|1.2 -o course.zip'");
  }
  if (positionals.size() != 2) return usage_error(ctx, "publish", "name exactly one pack to publish");
  const auto version_flag = args->value("--version");
  if (!version_flag) return usage_error(ctx, "publish", "say which SCORM version the LMS takes: --version 2004 or --version 1.2");
  const std::optional<lms::ScormVersion> version = lms::parse_scorm_version(*version_flag);
  if (!version) {
    return usage_error(ctx, "publish", "--version: '" + *version_flag + "' is not a SCORM version; use 2004 or 1.2");
  }
  const auto out_flag = args->value("-o");
  if (!out_flag) return usage_error(ctx, "publish", "say where to write the package with -o FILE (e.g. -o course.zip)");
  const fs::path out = *out_flag;
  const std::string version_name(lms::scorm_version_name(*version));

  const std::string& pack_path = positionals[1];
  const content::LoadResult loaded = content::load_pack(pack_path);
  if (!loaded.pack) {
    ctx.err << pack_path << ": NOT valid (" << problem_summary(loaded.diagnostics) << "); nothing was published\n";
    print_diagnostics(ctx.err, loaded.diagnostics);
    return kExitFailed;
  }
  const content::Pack& pack = *loaded.pack;
  if (!pack.blueprint) {
    ctx.err << pack_path << ": the pack has no blueprint, so it has no mock exams for an LMS to record; "
            << "add a \"blueprint\" (content/FORMAT.md) and publish again\n";
    return kExitFailed;
  }
  std::error_code ec;
  if (fs::exists(out, ec) && !args->has("--force")) {
    ctx.err << out.generic_string() << " already exists; choose another name, or pass --force to replace it\n";
    return kExitFailed;
  }
  std::optional<fs::path> web_dir = args->value("--web");
  if (!web_dir) web_dir = default_web_dir();
  if (!web_dir) {
    ctx.err << "dojo publish: cannot tell where dojo runs from to find the web build; pass --web DIR\n";
    return kExitFailed;
  }

  std::optional<std::vector<PackageFile>> files = read_web_build(ctx, *web_dir, *version);
  if (!files) return kExitFailed;
  files->push_back({std::string(lms::kCoursePackPath), content::save_pack_bundle(pack)});
  lms::PackageDescription description;
  description.version = *version;
  description.identifier = lms::package_identifier(pack.manifest.id, pack.manifest.version);
  description.title = pack.manifest.title;
  description.description = pack.manifest.description;
  if (!pack.manifest.locale.empty()) description.language = pack.manifest.locale;
  for (const PackageFile& file : *files) description.files.push_back(file.path);
  // The manifest goes first, where an LMS looks; it does not list itself.
  files->insert(files->begin(), PackageFile{"imsmanifest.xml", lms::scorm_manifest_xml(description)});

  if (const std::string problem = write_zip(out, *files); !problem.empty()) {
    ctx.err << out.generic_string() << ": " << problem << "; nothing was written\n";
    return kExitFailed;
  }
  const std::uintmax_t size = fs::file_size(out, ec);
  ctx.out << "wrote " << out.generic_string() << ": " << files->size() << " files, " << (ec ? "?" : size_text(size))
          << ", SCORM " << version_name << ", pack '" << pack.manifest.title << "' " << pack.manifest.version
          << ". Next: upload " << out.filename().generic_string() << " to your LMS as a SCORM " << version_name
          << " package.\n";
  return kExitOk;
}

}  // namespace dojo

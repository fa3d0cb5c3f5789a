// CSV import and export: the spreadsheet layout of FORMAT.md.
#include <doctest/doctest.h>

#include "content_test_support.hpp"
#include "core/content/csv_table.hpp"
#include "core/content/pack_writer.hpp"
#include "core/content/question_import.hpp"

using namespace content_test;
using namespace dealdojo::content;

namespace {

const char* const kHeader = "id,domain,subtopic,kind,choose,stem,option_a,why_a,option_b,why_b,option_c,why_c,correct,"
                            "explanation,source,difficulty,tags\n";

ImportOptions options_with_base() {
  ImportOptions options;
  options.file_name = "bank.csv";
  auto base = load(valid_bundle());
  REQUIRE(base.pack);
  options.base = std::move(base.pack);
  return options;
}

}  // namespace

TEST_CASE("csv: quoted cells, doubled quotes, line breaks and semicolons") {
  DiagnosticSink sink;
  const auto table = parse_csv("a;b;c\r\n\"x;1\";\"say \"\"hi\"\"\";\"two\nlines\"\r\n", "t.csv", {}, sink);
  REQUIRE(table);
  CHECK(table->separator == ';');
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[1] == std::vector<std::string>{"x;1", "say \"hi\"", "two\nlines"});
  CHECK(csv_row({"x,1", "say \"hi\"", "plain"}) == "\"x,1\",\"say \"\"hi\"\"\",plain\r\n");
  CHECK(column_letter(0) == "A");
  CHECK(column_letter(25) == "Z");
  CHECK(column_letter(26) == "AA");
}

TEST_CASE("csv: malformed files are reported by row") {
  DiagnosticSink sink;
  CHECK_FALSE(parse_csv("a,b\n\"open,x\n", "t.csv", {}, sink));
  CHECK_FALSE(parse_csv("a,b\n\"x\"y,z\n", "t.csv", {}, sink));
  CHECK_FALSE(parse_csv("a,b\ncaf\xe9,x\n", "t.csv", {}, sink));
  CHECK(lines(sink.take()) ==
        "error: t.csv: row 2: a quoted cell in column A is not closed: a '\"' is missing\n"
        "error: t.csv: row 2: column A: there is text after the closing quote; quote the whole cell and double any "
        "quote inside it (\"\")\n"
        "error: t.csv: the file is not UTF-8 text: in the spreadsheet choose 'CSV UTF-8' when saving\n");
}

TEST_CASE("csv import: good rows make questions; kind and choose can be left out") {
  const std::string csv = std::string(kHeader) +
                          "q1,planning,territories,,,What is a territory?,A set of accounts,Right,A price,Wrong,,,b,"
                          "Because.,Guide,Easy,maps;basics\n"
                          "q2,planning,territories,,,Pick two,One,Right,Two,Right,Three,Wrong,\"a; B\",Both.,Guide,"
                          "hard,\n";
  const auto result = import_csv(csv, options_with_base());
  CHECK(lines(result.diagnostics) == "");
  REQUIRE(result.pack);
  REQUIRE(result.pack->questions.size() == 2);
  const auto& q1 = result.pack->questions[0];
  CHECK(q1.kind == QuestionKind::Single);
  CHECK(q1.difficulty == Difficulty::Easy);
  CHECK(q1.options.size() == 2);
  CHECK(q1.tags == std::vector<std::string>{"maps", "basics"});
  const auto& q2 = result.pack->questions[1];
  CHECK(q2.kind == QuestionKind::Multiple);
  CHECK(q2.choose == 2);
  CHECK(q2.correct == std::vector<std::string>{"a", "b"});
  CHECK(result.pack->glossary.size() == 1);  // from the base pack
}

TEST_CASE("csv import: every bad row is reported by row and column, and nothing is imported") {
  const std::string csv = std::string(kHeader) +
                          "q1,planning,territories,,,Stem,A,,B,,,,e,Ex,Src,easy,\n"
                          "q1,planing,territories,,,Stem,A,w,B,w,,,a,Ex,Src,easy,\n"
                          "q3,planning,territories,multiple,x,Stem,A,w,B,w,,,a,Ex,Src,easy,\n"
                          "q4,planning,territories,,,Stem,A,w,,,C,w,a,Ex,Src,easy,\n"
                          ",,,,,,,,,,,,,,,,\n"
                          "q5,planning,territories,,,,A,w,B,w,,,a,Ex,Src,medium,\n";
  const auto result = import_csv(csv, options_with_base());
  CHECK_FALSE(result.pack.has_value());
  CHECK(lines(result.diagnostics) ==
        "error: bank.csv: row 2, column M (correct): option 'e' does not exist; options are a–b\n"
        "error: bank.csv: row 4, column E (choose): must be a whole number such as 2, not 'x'\n"
        "error: bank.csv: row 5, column K (option_c): option_c is filled but an option before it is empty; fill the "
        "options from a onwards, without gaps\n"
        "error: bank.csv: row 7, column F (stem): 'stem' is missing: add the question text\n"
        "error: bank.csv: row 3, column B (domain): 'planing' is not a domain of the base pack's blueprint; did you "
        "mean 'planning'?\n"
        "warning: bank.csv: row 2, column H (why_a): option 'a' has no 'why': say why this option is right or wrong\n"
        "warning: bank.csv: row 2, column J (why_b): option 'b' has no 'why': say why this option is right or wrong\n");
}

TEST_CASE("csv import: header problems stop before any row") {
  ImportOptions options;
  options.file_name = "bank.csv";
  const auto result = import_csv("id,domain,subtopic,stme,option_a,option_b,correct,difficulty,id\n", options);
  CHECK(lines(result.diagnostics) ==
        "error: bank.csv: row 1, column D: 'stme' is not a column the import knows (did you mean 'stem'?); the "
        "columns are listed in FORMAT.md\n"
        "error: bank.csv: row 1, column I: the column 'id' appears twice; keep one\n"
        "error: bank.csv: row 1: the column 'stem' is missing; the first row must name it\n");
}

TEST_CASE("csv import: duplicate ids point at the first row") {
  const std::string csv = std::string(kHeader) + "q1,planning,t,,,S,A,w,B,w,,,a,E,S,easy,\n" +
                          "q1,planning,t,,,S,A,w,B,w,,,a,E,S,easy,\n";
  const auto result = import_csv(csv, options_with_base());
  CHECK(lines(result.diagnostics) ==
        "error: bank.csv: row 3, column A (id): the question id 'q1' is already used at row 2, column A (id)\n");
}

TEST_CASE("csv import without a base pack makes up a manifest and a blueprint, and says so") {
  std::string csv = std::string(kHeader);
  for (int i = 0; i < 3; ++i) csv += std::string("a") + std::to_string(i) + ",planning,t,,,S,A,w,B,w,,,a,E,S,easy,\n";
  csv += "b0,closing,t,,,S,A,w,B,w,,,a,E,S,easy,\n";
  ImportOptions options;
  options.file_name = "bank.csv";
  options.pack_id = "my-bank";
  options.title = "My bank";
  const auto result = import_csv(csv, options);
  REQUIRE(result.pack);
  CHECK(result.pack->manifest.id == "my-bank");
  const auto& bp = *result.pack->blueprint;
  REQUIRE(bp.domains.size() == 2);
  CHECK(bp.domains[0].weight == 75);
  CHECK(bp.domains[1].weight == 25);
  CHECK(bp.domains[1].name == "Closing");
  CHECK(bp.questions == 4);
  CHECK(lines(result.diagnostics).find("warning: bank.csv: no base pack was given") == 0);
}

TEST_CASE("csv export round-trips with import for the example and the default pack") {
  for (const char* name : {"content/example", "content/sales-rep"}) {
    CAPTURE(name);
    const auto loaded = load_pack(source_dir() / name);
    REQUIRE(loaded.pack);
    const std::string csv = export_csv(*loaded.pack);
    ImportOptions options;
    options.file_name = "export.csv";
    options.base = *loaded.pack;
    const auto imported = import_csv(csv, options);
    CHECK_FALSE(imported.has_errors());
    REQUIRE(imported.pack);
    CHECK(save_pack_bundle(*imported.pack) == save_pack_bundle(*loaded.pack));
    CHECK(export_csv(*imported.pack) == csv);
  }
}

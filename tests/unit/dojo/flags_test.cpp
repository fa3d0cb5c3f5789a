// The dojo commands' flag parser: what it accepts, and the one wording of each
// mistake (the CLI cases in tests/cli/flags.cmake check that commands print it).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dojo/flags.hpp"

using dojo::CommandSpec;
using dojo::ParsedArgs;
using dojo::parse_flags;
using dojo::switch_flag;
using dojo::value_flag;
using dojo::whole_number;

namespace {

const CommandSpec kSpec{"deal aov", {value_flag("--quote"), value_flag("--years"), value_flag("-o", "--output"),
                                     switch_flag("--json")},
                        1};

dealdojo::util::Result<ParsedArgs> parse(std::vector<std::string> args, const CommandSpec& spec = kSpec) {
  return parse_flags(spec, args);
}

// The error's message, and the flag or argument it blames.
std::string message(const dealdojo::util::Result<ParsedArgs>& r) { return r ? "(parsed)" : r.error_message(); }
std::string blamed(const dealdojo::util::Result<ParsedArgs>& r) { return r ? "" : r.first_error()->pointer; }

}  // namespace

TEST_CASE("flags: switches, values and plain arguments") {
  const auto r = parse({"--quote", "1,000", "FILE", "--json", "--years", "2"});
  REQUIRE(r);
  CHECK(r->has("--json"));
  CHECK(r->value("--quote") == "1,000");
  CHECK(r->value_or("--years", "") == "2");
  CHECK_FALSE(r->has("-o"));
  CHECK(r->value("-o") == std::nullopt);
  CHECK(r->value_or("-o", "fallback") == "fallback");
  CHECK(r->arguments == std::vector<std::string>{"FILE"});
}

TEST_CASE("flags: a value may start with one '-', as a negative amount does") {
  const auto r = parse({"--quote", "-80000", "-"});
  REQUIRE(r);
  CHECK(r->value("--quote") == "-80000");
  CHECK(r->arguments == std::vector<std::string>{"-"});  // "-" alone is an argument (stdin by custom)
}

TEST_CASE("flags: an alias is stored under the flag's name") {
  const auto r = parse({"--output", "out.json"});
  REQUIRE(r);
  CHECK(r->value("-o") == "out.json");
}

TEST_CASE("flags: an unknown flag, with a did-you-mean for a near miss") {
  auto r = parse({"--qoute", "5"});
  CHECK(message(r) == "unknown flag --qoute (did you mean --quote?)");
  CHECK(blamed(r) == "--qoute");
  CHECK(message(parse({"--jsn"})) == "unknown flag --jsn (did you mean --json?)");
  CHECK(message(parse({"--outptu", "x"})) == "unknown flag --outptu (did you mean --output?)");
  CHECK(message(parse({"--frobnicate"})) == "unknown flag --frobnicate (flags: --quote, --years, -o, --json)");
  CHECK(message(parse({"-x"})) == "unknown flag -x (flags: --quote, --years, -o, --json)");  // too short to guess
  CHECK(message(parse({"-x"}, CommandSpec{"help", {}, 1})) == "unknown flag -x (it takes no flags)");
}

TEST_CASE("flags: a value flag needs a value") {
  CHECK(message(parse({"--years", "2", "--quote"})) == "--quote needs a value");
  // The next word is a flag, not the value: "--quote --years 2" is a forgotten amount.
  auto r = parse({"--quote", "--years", "2"});
  CHECK(message(r) == "--quote needs a value");
  CHECK(blamed(r) == "--quote");
  CHECK(message(parse({"--quote", "-o", "x"})) == "--quote needs a value");
  CHECK(message(parse({"--output"})) == "--output needs a value");
}

TEST_CASE("flags: a value flag given twice is refused; a switch may repeat") {
  CHECK(message(parse({"--quote", "1", "--quote", "2"})) == "--quote is given twice");
  CHECK(message(parse({"-o", "a", "--output", "b"})) == "--output is given twice");
  CHECK(parse({"--json", "--json"}));
}

TEST_CASE("flags: plain arguments beyond the spec's are unexpected") {
  auto r = parse({"a", "b"});
  CHECK(message(r) == "unexpected argument 'b'");
  CHECK(blamed(r) == "b");
  CHECK(message(parse({"x"}, CommandSpec{"deal tcv", {}, 0})) == "unexpected argument 'x'");
  CHECK(parse({"a", "b", "c"}, CommandSpec{"validate", {}}));  // kAnyNumber by default
}

TEST_CASE("flags: whole numbers in a range") {
  const auto args = *parse({"--quote", "42", "--years", "x7"});
  CHECK(*whole_number(args, "--quote", 1, {1, 100}) == 42);
  CHECK(*whole_number(args, "-o", 9, {1, 100}) == 9);  // absent: the fallback
  const auto bad = whole_number(args, "--years", 1, {1, 100});
  REQUIRE_FALSE(bad);
  CHECK(bad.error_message() == "--years: 'x7' is not a whole number from 1 to 100");
  CHECK(bad.first_error()->pointer == "--years");

  const auto numbers = [](std::string text) {
    return whole_number(*parse({"--quote", text}), "--quote", 0, {1, 1'000'000});
  };
  CHECK(numbers("0").error_message() == "--quote: '0' is not a whole number from 1 to 1,000,000");
  CHECK_FALSE(numbers("1000001"));
  CHECK_FALSE(numbers("+5"));
  CHECK_FALSE(numbers("5.0"));
  CHECK_FALSE(numbers(" 5"));
  CHECK_FALSE(numbers(""));
  CHECK(*numbers("1000000") == 1'000'000);
}

TEST_CASE("flags: seeds use the whole unsigned range") {
  const auto seed = [](std::string text) { return whole_number(*parse({"--quote", text}), "--quote", 1); };
  CHECK(*seed("18446744073709551615") == 18446744073709551615ull);
  CHECK(seed("18446744073709551616").error_message() ==
        "--quote: '18446744073709551616' is not a whole number from 0 to 18,446,744,073,709,551,615");
  CHECK(seed("-4").error_message() == "--quote: '-4' is not a whole number from 0 to 18,446,744,073,709,551,615");
}

TEST_CASE("flags: the unknown subcommand message") {
  const std::string_view choices[] = {"check", "play", "compile"};
  CHECK(dojo::unknown_subcommand("frob", choices) == "unknown subcommand 'frob'; choose check, play or compile");
}

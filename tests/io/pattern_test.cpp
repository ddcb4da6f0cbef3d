// Mapping patterns run in bounded stack and linear time on any line: a key row that carries a
// million digits is matched, not a stack overflow (std::regex recursed once per character).
#include <catch2/catch.hpp>

#include <string>

#include "io/pattern.hpp"

using namespace fl::io;

TEST_CASE("a key row of a million digits is matched in bounded stack") {
  auto re = Pattern::compile("^Saldo Awal\\s*,=,\\s*(-?[0-9.,]+)");
  REQUIRE(re);
  CHECK(re->groups() == 1);
  const std::string digits(1'000'000, '1');
  const std::string line = "Saldo Awal,=," + digits;
  std::vector<std::optional<Pattern::Capture>> captures;
  REQUIRE(re->search(line, captures));
  REQUIRE(captures.size() == 1);
  REQUIRE(captures[0]);
  CHECK(captures[0]->offset == 13);
  CHECK(captures[0]->length == digits.size());
  CHECK_FALSE(re->search(std::string(1'000'000, 'x')));
}

TEST_CASE("a group that takes no part in the match captures nothing") {
  auto re = Pattern::compile("^(?:Kode )?Mata Uang\\s*:\\s*([A-Z]{3})|^Currency: (USD)");
  REQUIRE(re);
  std::vector<std::optional<Pattern::Capture>> captures;
  REQUIRE(re->search("Kode Mata Uang : IDR", captures));
  REQUIRE(captures.size() == 2);
  CHECK(captures[0]);
  CHECK_FALSE(captures[1]);
}

TEST_CASE("what RE2 does not read is refused with its reason, never thrown") {
  CHECK_FALSE(Pattern::compile("^(Saldo"));
  CHECK_FALSE(Pattern::compile("(a)\\1"));      // a backreference
  CHECK_FALSE(Pattern::compile("^(?=Saldo)"));  // a lookahead
}

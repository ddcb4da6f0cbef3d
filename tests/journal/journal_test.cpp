#include <catch2/catch.hpp>

#include "journal/event.hpp"
#include "journal/names.hpp"
#include "money/decimal.hpp"

using namespace fl;

namespace {
Posting posting(const char* account, const char* amount, const char* code) {
  Posting p;
  p.account = account;
  p.amount = *parse_money(amount, *Currency::parse(code), DecimalStyle::input);
  return p;
}
}  // namespace

TEST_CASE("account names") {
  CHECK(check_account("Assets:Bank:BJB-0123"));
  CHECK(check_account("Income:Mobilised:Government"));
  CHECK(check_account("Expenses"));
  CHECK(check_account("Assets:Bank:").error().message() == "account \"Assets:Bank:\" has an empty segment");
  CHECK_FALSE(check_account("Assets::Bank"));
  CHECK_FALSE(check_account("Cash:Box"));
  CHECK_FALSE(check_account("Assets:Bank BJB"));
  CHECK_FALSE(check_account(""));
  CHECK(account_under("Assets:Bank:BJB", "Assets"));
  CHECK(account_under("Assets:Bank", "Assets:Bank"));
  CHECK_FALSE(account_under("Assets:Banking", "Assets:Bank"));
  CHECK(account_root("Equity:Conversion") == AccountRoot::equity);
  CHECK(account_root("Expenses:BankCharges") == AccountRoot::expenses);
}

TEST_CASE("ids") {
  CHECK(check_id("AG-2021/07:3204.1"));
  CHECK_FALSE(check_id(""));
  CHECK_FALSE(check_id("with space"));
  CHECK_FALSE(check_id(std::string(129, 'a')));
}

TEST_CASE("a transaction balances per currency") {
  Transaction t;
  t.id = "T-1";
  t.postings = {posting("Assets:Bank:BJB", "1500000", "IDR"), posting("Equity:Opening", "-1500000", "IDR")};
  CHECK(check_balanced(t));
  t.postings[1] = posting("Equity:Opening", "-1499999.99", "IDR");
  auto r = check_balanced(t);
  REQUIRE_FALSE(r);
  CHECK(r.error().render() ==
        "error: postings: transaction does not balance: IDR postings add up to 0.01 (use "
        "Equity:Conversion legs to convert between currencies)");
}

TEST_CASE("a conversion balances through Equity:Conversion legs") {
  Transaction t;
  t.id = "FX-1";
  t.postings = {posting("Assets:Bank:USD", "100", "USD"), posting("Equity:Conversion", "-100", "USD"),
                posting("Equity:Conversion", "1523450", "IDR"), posting("Assets:Bank:IDR", "-1523450", "IDR")};
  CHECK(check_balanced(t));
  t.postings.pop_back();
  CHECK_FALSE(check_balanced(t));
}

TEST_CASE("business content names the first difference") {
  Transaction a;
  a.id = "T-1";
  a.postings = {posting("Assets:Bank:BJB", "1", "IDR"), posting("Equity:Opening", "-1", "IDR")};
  Transaction b = a;
  b.recorded_at = Instant::from_unix_seconds(99);
  CHECK(first_difference(a, b).empty());
  b.postings[1].dims.cso = "CSO-1";
  CHECK(first_difference(a, b) == "postings[1].cso");
  b = a;
  b.postings[0].amount = *parse_money("2", *Currency::parse("IDR"), DecimalStyle::input);
  CHECK(first_difference(a, b) == "postings[0].amount");
  b = a;
  b.description = "x";
  CHECK(first_difference(a, b) == "description");
}

#include "io/statement_checks.hpp"

#include "io/statement_amounts.hpp"

namespace fl::io {
namespace {

Unexpected bad(std::string_view field, std::string message, SourcePos where) {
  return fail(Error(Errc::invalid_input, std::move(message)).in(field).at(std::move(where)));
}

const std::optional<SourcePos>& stated_at(const StatedAt& stated, StatementKey k) {
  return stated[static_cast<std::size_t>(k)];
}

// What the settled rows add up to.
struct Sums {
  Int128 net = 0, credits = 0, debits = 0;
  std::optional<Int128> last_balance;  // the last settled row's running balance
};

// Each row's opening balance and running balance against the balance before it.
Result<Sums> check_rows(ParsedStatement& st, const std::vector<RowAux>& aux, Currency c) {
  Sums sums;
  std::optional<Int128> prev = st.opening;
  const auto money = [c](const Int128& v) { return Money(c, v).to_string(); };
  for (std::size_t i = 0; i < st.rows.size(); ++i) {
    const StatementRow& row = st.rows[i];
    if (row.pending) continue;
    const RowAux& a = aux[i];
    if (a.row_opening) {
      if (!prev) {
        prev = a.row_opening;
        if (!st.opening) st.opening = a.row_opening;
      } else if (*a.row_opening != *prev) {
        return bad("opening_balance", "the row opens at " + money(*a.row_opening) + " but the balance before it is " +
                                          money(*prev) + ": they differ by " + difference_text(*a.row_opening, *prev, c),
                   a.opening_pos);
      }
    }
    if (row.balance) {
      if (prev) {
        const Int128 expected = *prev + row.amount;
        if (*row.balance != expected) {
          return bad("balance", "the running balance is " + money(*row.balance) + " but the balance before it, " +
                                    money(*prev) + ", plus the amount " + money(row.amount) + " gives " + money(expected) +
                                    ": they differ by " + difference_text(*row.balance, expected, c),
                     a.balance_pos);
        }
      }
      prev = row.balance;
      sums.last_balance = row.balance;
    } else if (prev) {
      prev = *prev + row.amount;
    }
    sums.net += row.amount;
    if (row.amount > 0) sums.credits += row.amount;
    if (row.amount < 0) sums.debits -= row.amount;
  }
  return sums;
}

// The closing balance the file states against the opening plus the rows (or the last running
// balance); a file that states none closes at its last running balance.
Result<void> check_closing(ParsedStatement& st, const Sums& sums, const StatedAt& stated, Currency c) {
  const auto money = [c](const Int128& v) { return Money(c, v).to_string(); };
  const auto& closing_at = stated_at(stated, StatementKey::closing);
  if (!st.closing || !closing_at) {
    if (!st.closing && sums.last_balance) st.closing = sums.last_balance;
    return ok();
  }
  if (st.opening) {
    const Int128 expected = *st.opening + sums.net;
    if (*st.closing != expected) {
      return bad("closing_balance", "the closing balance is " + money(*st.closing) + " but the opening balance " +
                                        money(*st.opening) + " plus the settled rows' net " + money(sums.net) + " gives " +
                                        money(expected) + ": they differ by " + difference_text(*st.closing, expected, c),
                 *closing_at);
    }
  } else if (sums.last_balance && *st.closing != *sums.last_balance) {
    return bad("closing_balance", "the closing balance is " + money(*st.closing) +
                                      " but the last settled row's running balance is " + money(*sums.last_balance) +
                                      ": they differ by " + difference_text(*st.closing, *sums.last_balance, c),
               *closing_at);
  }
  return ok();
}

Result<void> check_totals(const ParsedStatement& st, const Sums& sums, const StatedAt& stated, Currency c) {
  const auto money = [c](const Int128& v) { return Money(c, v).to_string(); };
  const auto& credit_at = stated_at(stated, StatementKey::credit_total);
  if (st.credit_total && credit_at && *st.credit_total != sums.credits) {
    return bad("credit_total", "the trailer's credit total is " + money(*st.credit_total) +
                                   " but the settled rows' credits add up to " + money(sums.credits) +
                                   ": they differ by " + difference_text(*st.credit_total, sums.credits, c),
               *credit_at);
  }
  const auto& debit_at = stated_at(stated, StatementKey::debit_total);
  if (st.debit_total && debit_at && *st.debit_total != sums.debits) {
    return bad("debit_total", "the trailer's debit total is " + money(*st.debit_total) +
                                  " but the settled rows' debits add up to " + money(sums.debits) +
                                  ": they differ by " + difference_text(*st.debit_total, sums.debits, c),
               *debit_at);
  }
  return ok();
}

}  // namespace

Result<void> resolve_yearless_dates(ParsedStatement& st, const std::vector<RowAux>& aux) {
  const auto& from = st.period_from;
  const auto& to = st.period_to;
  for (std::size_t i = 0; i < st.rows.size(); ++i) {
    if (!aux[i].yearless) continue;
    const DateParts p = *aux[i].yearless;
    const std::string shown = std::to_string(p.day) + "/" + std::to_string(p.month);
    if (!from && !to) {
      return bad("date", "the date " + shown + " has no year and the file states no period to take it from", aux[i].date_pos);
    }
    std::optional<Date> found;
    if (from && to) {
      for (int y = from->year(); y <= to->year() && !found; ++y) {
        auto d = Date::from_ymd(y, p.month, p.day);
        if (d && *d >= *from && *d <= *to) found = *d;
      }
      if (!found) {
        return bad("date", "the date " + shown + " has no year and falls outside the period " + from->to_string() + " to " +
                               to->to_string(),
                   aux[i].date_pos);
      }
    } else {
      auto d = Date::from_ymd((from ? *from : *to).year(), p.month, p.day);
      if (!d) return bad("date", d.error().message(), aux[i].date_pos);
      found = *d;
    }
    st.rows[i].date = found;
  }
  return ok();
}

Result<void> check_statement(ParsedStatement& st, const std::vector<RowAux>& aux, const StatedAt& stated,
                             Currency currency) {
  FL_TRY(const Sums sums, check_rows(st, aux, currency));
  FL_TRY_VOID(check_closing(st, sums, stated, currency));
  return check_totals(st, sums, stated, currency);
}

}  // namespace fl::io

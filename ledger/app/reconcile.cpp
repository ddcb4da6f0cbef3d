#include "app/reconcile.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <set>

#include "app/input_file.hpp"
#include "app/replayer.hpp"
#include "engine/derive.hpp"
#include "io/statement.hpp"
#include "money/decimal.hpp"
#include "money/formatters.hpp"
#include "store/sha256.hpp"

namespace fl::app {
namespace {

// Adds an event the command makes: one the journal holds already with other content is refused.
Result<void> add(Unit& unit, Transaction e) {
  FL_TRY(Unit::Added added, unit.add(std::move(e)));
  if (added.outcome == Unit::Outcome::conflict) return fail(conflict_error(*added.recorded, added.difference));
  return ok();
}

std::string digits(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

std::string hex16(std::string_view identity) { return store::to_hex(store::sha256(identity)).substr(0, 16); }

// "M-" and 16 hex digits of the SHA-256 of what a match names (engine/derive.hpp).
EventId match_id(const std::vector<StatementLineId>& lines, const std::vector<EventId>& entries) {
  return EventId{"M-" + hex16(match_identity(lines, entries))};
}

const BankState* find_bank(const Ledger& ledger, const BankAccountId& id) {
  const auto& banks = ledger.programme().banks().banks();
  const auto it = banks.find(id);
  return it == banks.end() ? nullptr : &it->second;
}

// The first day after the period a bank account is reconciled through (or the earliest date).
Date first_open_day(const Ledger& ledger, const BankAccountId& bank_account) {
  const BankState* b = find_bank(ledger, bank_account);
  if (b == nullptr || !b->reconciled_through) return Date::from_days(std::numeric_limits<std::int32_t>::min() / 2);
  return Date::from_days(b->reconciled_through->days() + 1);
}

// The receipt a confirmed proposal records for one line: `gross` of which `charges` the payer's
// bank deducted; allocated oldest due first, the rest (if the agreement is paid) an over-payment.
Result<Transaction> receipt_for(const Unit& unit, const Proposal& p, const LineState& line, const Money& gross, const Money& charges) {
  Receipt r = Receipt::of(p.agreement, gross, charges, Money::zero(p.currency));
  r.bank_account = p.bank_account;
  r.bank_reference = line.reference;
  Transaction e = make_event(EventKind::receipt, "RC-" + line.id.str().substr(3), line.date,

                        "Receipt for " + p.agreement + " from statement line " + line.id, std::move(r));
  // A receipt found after its period was reconciled keeps its date and is posted in the open period.
  e.posting_date = std::max(e.date, first_open_day(unit.ledger(), p.bank_account));
  FL_TRY_VOID(derive_event(e, unit.ledger(), DeriveOptions{true, p.cso}));
  return e;
}

// Whether a proposal still fits what the ledger holds now (an earlier confirmation in the same
// command may have paid its tranches): its tranches still expect what it says.
Result<void> still_fits(const Unit& unit, const Proposal& p) {
  const auto& agreements = unit.ledger().programme().agreements();
  if (p.kind == ProposalKind::entry) return ok();
  const auto a = agreements.find(p.agreement);
  const auto refuse = [&](const std::string& why) {
    return fail(Error(Errc::invalid_input, "no longer fits: " + why + "; run reconcile proposals again").in("proposal " + p.id));
  };
  if (a == agreements.end()) return refuse("the agreement is gone");
  if (p.kind == ProposalKind::overpayment) {
    FL_TRY(const Money left, a->second.outstanding());
    if (!left.is_zero()) return refuse(p.agreement + " has something outstanding again");
    return ok();
  }
  Money outstanding = Money::zero(p.currency);
  for (const auto& id : p.tranches) {
    for (const auto& t : a->second.tranches) {
      if (t.id != id) continue;
      FL_TRY(const Money left, t.outstanding());
      FL_TRY(outstanding, outstanding.plus(left));
    }
  }
  if (outstanding != p.expected) return refuse("the tranches it pays now expect " + fmt::format("{:c}", outstanding));
  return ok();
}

Result<void> confirm_one(Unit& unit, const Proposal& p) {
  const BankBook& book = unit.ledger().programme().banks();
  Match m;
  m.bank_account = p.bank_account;
  m.lines = p.lines;
  m.proposal = p.id;
  FL_TRY_VOID(still_fits(unit, p));
  // Dated when its last part happened, and never inside a reconciled period.
  Date date = std::max(p.date, first_open_day(unit.ledger(), p.bank_account));
  if (p.kind == ProposalKind::entry) {
    m.entries = {p.entry};
    date = std::max(date, book.entries().at(BankBook::EntryKey{p.bank_account, p.entry}).date);
  } else {
    // One receipt per line; the last is grossed up by what the payer's bank deducted, so that
    // the tranches it pays are paid in full.
    Money left = p.expected;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
      const LineState& line = book.lines().at(p.lines[i]);
      const bool last = i + 1 == p.lines.size();
      const Money gross = p.kind == ProposalKind::overpayment ? line.amount : last ? left : line.amount;
      FL_TRY(const Money charges, gross.minus(line.amount));
      FL_TRY(Transaction receipt, receipt_for(unit, p, line, gross, charges));
      FL_TRY(left, left.minus(gross));
      m.entries.emplace_back(receipt.id);
      FL_TRY_VOID(add(unit, std::move(receipt)));
    }
  }
  const EventId id = match_id(m.lines, m.entries);
  const std::string description = "Proposal " + p.id + ": " + std::string(proposal_kind_name(p.kind)) + " " + p.target();
  return add(unit, make_event(EventKind::match, id.str(), date, description, std::move(m)));
}

// The proposals named, refused together if any is unknown.
Result<std::vector<Proposal>> named(const std::vector<Proposal>& all, const std::vector<std::string>& ids) {
  std::vector<Proposal> out;
  for (const auto& id : ids) {
    const auto it = std::find_if(all.begin(), all.end(), [&](const Proposal& p) { return p.id == id; });
    if (it == all.end()) {
      return fail(Error(Errc::invalid_input, "\"" + id + "\" is not a current proposal (see reconcile proposals); nothing was written")
                      .in("proposal"));
    }
    out.push_back(*it);
  }
  return out;
}

}  // namespace

// The ids of docs/format/journal.md §4.4: what a statement or a line says gives its id.
EventId statement_id(const BankAccountId& bank_account, const std::string& file_sha256) {
  return EventId{"ST-" + hex16(statement_identity(bank_account, file_sha256))};
}

EventId corrected_statement_id(const BankAccountId& bank_account, const std::string& file_sha256, Date from, Date to) {
  return EventId{"ST-" + hex16(corrected_statement_identity(bank_account, file_sha256, from, to))};
}

StatementLineId statement_line_id(const BankAccountId& bank_account, Date date, const std::string& amount,
                                  const std::string& description, const std::string& reference, std::int32_t occurrence,
                                  bool told_apart) {
  return StatementLineId{
      "SL-" + hex16(statement_line_identity(bank_account, date, amount, description, reference, occurrence, told_apart))};
}

namespace detail {

Result<void> check_bank_ids(const Transaction& e) {
  if (e.kind == EventKind::statement) {
    const auto& st = std::get<StatementInfo>(e.data);
    if (e.id != statement_id(st.bank_account, st.file_sha256).str() &&
        e.id != corrected_statement_id(st.bank_account, st.file_sha256, st.from, st.to).str()) {
      return fail(Error(Errc::invalid_input, "statement " + e.id + " does not have the id its bank account and file give, " +
                                                 statement_id(st.bank_account, st.file_sha256) +
                                                 " (or, correcting a period, " +
                                                 corrected_statement_id(st.bank_account, st.file_sha256, st.from, st.to) + ")")
                      .in("id"));
    }
  } else if (e.kind == EventKind::statement_line) {
    const auto& l = std::get<StatementLine>(e.data);
    const std::string amount = format_decimal(l.amount.minor(), l.amount.currency().scale());
    const std::string plain =
        statement_line_id(l.bank_account, e.date, amount, e.description, l.reference, l.occurrence, false).str();
    const std::string apart =
        statement_line_id(l.bank_account, e.date, amount, e.description, l.reference, l.occurrence, true).str();

    if (e.id != plain && (l.reference.empty() || e.id != apart)) {
      return fail(Error(Errc::invalid_input, "statement line " + e.id + " does not have the id its date, amount, " +
                                                 (l.reference.empty() ? "description" : "reference") +
                                                 " and occurrence give, " + plain +
                                                 (l.reference.empty() ? "" : " (or, told apart by amount and text, " + apart + ")"))
                      .in("id"));
    }
  }
  return ok();
}

}  // namespace detail

namespace {

// One statement import, step by step, against the unit it builds (docs/reconcile.md): the
// statement read through its mapping, identified among the statements of its file recorded
// already, checked against the lines recorded, then recorded with its new lines.
class StatementImport {
 public:
  StatementImport(Unit& u, Written& w, const StatementImportOptions& o, const std::string& path,
                  const io::StatementMapping& m, const std::string& sha, const BankState& b)
      : unit(u), out(w), options(o), statement_path(path), mapping(m), file_sha(sha), bank(&b),
        cur(b.terms.opening.currency()), info{.currency = cur} {}

  Result<void> run(const std::string& text) {
    collect();
    FL_TRY_VOID(read(text));
    FL_TRY_VOID(identify());
    FL_TRY_VOID(compare_opening());
    FL_TRY_VOID(add_statement());
    FL_TRY_VOID(add_lines());
    tell();
    out.ids = {sid.str()};
    return ok();
  }

 private:
  // The statement and statement-line events recorded, by id; the statements in journal order.
  void collect() {
    std::vector<const Recorded*> statements;
    for (const auto& [id, r] : unit.journal()) {
      if (r.event.kind == EventKind::statement || r.event.kind == EventKind::statement_line) recorded.emplace(id, r.event);
      if (r.event.kind == EventKind::statement) statements.push_back(&r);
    }
    std::sort(statements.begin(), statements.end(), [](const Recorded* x, const Recorded* y) { return x->seq < y->seq; });
    for (const Recorded* r : statements) recorded_statements.push_back(r->event);
  }

  // Reads the file and checks it is the bank account's; settled rows, pending rows, the period.
  Result<void> read(const std::string& text) {
    FL_TRY(st, io::parse_statement(text, statement_path, mapping, cur));
    if (st.currency && *st.currency != cur) {
      return fail(Error(Errc::invalid_input, "the statement is in " + std::string(st.currency->code()) + " but bank account " +
                                                 bank->id + " is in " + std::string(cur.code()))
                      .in("currency")
                      .at(st.currency_at ? *st.currency_at : SourcePos{statement_path, 0, 0}));
    }
    if (!st.account_number.empty() && digits(st.account_number) != digits(bank->terms.number)) {
      return fail(Error(Errc::invalid_input, "the statement is of account " + st.account_number + ", but bank account " +
                                                 bank->id + " is " + bank->terms.number)
                      .in("account_number")
                      .at(st.account_number_at ? *st.account_number_at : SourcePos{statement_path, 0, 0}));
    }
    std::size_t zero = 0;
    for (const auto& row : st.rows) {
      if (row.pending || !row.date) {
        info.pending.push_back(PendingItem{row.description, Money(cur, row.amount)});
      } else if (row.amount == 0) {
        ++zero;  // moves no money: nothing to reconcile
      } else {
        settled.push_back(&row);
      }
    }
    if (zero > 0) {
      out.notices.push_back(std::to_string(zero) + " row" + (zero == 1 ? " moves" : "s move") + " no money and " +
                            (zero == 1 ? "is" : "are") + " left out");
    }
    for (const auto& [given, stated, flag] : {std::tuple{options.from, &st.period_from, "--from"}, std::tuple{options.to, &st.period_to, "--to"}}) {
      if (!given) continue;
      if (*stated && **stated != *given) {
        return fail(Error(Errc::invalid_input, "the statement states " + (*stated)->to_string() + ", not " + given->to_string())
                        .in(flag)
                        .at(SourcePos{statement_path, 0, 0}));
      }
      *stated = given;
    }
    if (st.period_from && st.period_to && *st.period_to < *st.period_from) {
      return fail(Error(Errc::invalid_input, "the period ends before it starts").in("--to"));
    }
    if (settled.empty() && !(st.period_from && st.period_to)) {
      return fail(Error(Errc::invalid_input, "the statement has no settled rows and states no period: give the period it covers with --from and --to")
                      .in("--from")
                      .at(SourcePos{statement_path, 0, 0}));
    }
    info.bank_account = bank->id;
    info.layout = mapping.name;
    info.file_sha256 = file_sha;
    // Without a stated period, the statement spans its rows (exports may run newest first).
    const auto [earliest, latest] = std::minmax_element(settled.begin(), settled.end(), [](const auto* x, const auto* y) {
      return *x->date < *y->date;
    });
    info.from = st.period_from ? *st.period_from : *(*earliest)->date;
    info.to = st.period_to ? *st.period_to : *(*latest)->date;
    for (const auto* row : settled) {
      if (*row->date < info.from || *row->date > info.to) {
        return fail(Error(Errc::invalid_input, "is " + row->date->to_string() + ", outside the statement's period " +
                                                   info.from.to_string() + " to " + info.to.to_string())
                        .in("date")
                        .at(SourcePos{statement_path, row->line, 0}));
      }
    }
    if (st.opening) info.opening = Money(cur, *st.opening);
    if (st.closing) info.closing = Money(cur, *st.closing);
    info.lines = settled.size();
    through = bank->reconciled_through;

    return ok();
  }

  Result<void> identify() {
    // The statements of this file recorded already: its first import, and any correction of its
    // period. The same period (or none given, when the file states none) is the same statement.
    const bool period_given = options.from || options.to || st.period_from || st.period_to;
    same = nullptr;
    const Transaction* last_of_file = nullptr;
    for (const auto& t : recorded_statements) {
      const auto& x = std::get<StatementInfo>(t.data);
      if (x.bank_account != bank->id || x.file_sha256 != file_sha) continue;
      last_of_file = &t;
      if (x.from == info.from && x.to == info.to) same = &t;
    }
    if (same == nullptr && last_of_file != nullptr && !period_given) same = last_of_file;
    sid = statement_id(bank->id, file_sha);
    if (same != nullptr) {
      sid = EventId{same->id};
    } else if (last_of_file != nullptr) {
      const auto& x = std::get<StatementInfo>(last_of_file->data);
      const char* field = x.from != info.from ? "--from" : "--to";
      const std::string recorded_period = x.from.to_string() + " to " + x.to.to_string();
      const std::string given_period = info.from.to_string() + " to " + info.to.to_string();
      if (!options.correct_period) {
        return fail(Error(Errc::invalid_input, "this file is recorded already, as statement " + last_of_file->id + " of " + recorded_period +
                                                   ", not " + given_period + " (" + field + " " +
                                                   (x.from != info.from ? x.from : x.to).to_string() + " recorded, " +
                                                   (x.from != info.from ? info.from : info.to).to_string() +
                                                   " given); to correct the recorded period, import it again with --correct-period")
                        .in(field)
                        .at(SourcePos{statement_path, 0, 0}));
      }
      if (info.from > x.from || info.to < x.to) {
        return fail(Error(Errc::invalid_input, "statement " + last_of_file->id + " of this file covers " + recorded_period + "; " +
                                                   given_period +
                                                   " leaves part of it out, and a recorded period can only be widened (what a "
                                                   "statement said stays in the journal)")
                        .in(field)
                        .at(SourcePos{statement_path, 0, 0}));
      }
      sid = corrected_statement_id(bank->id, file_sha, info.from, info.to);
      corrects = last_of_file->id;
      out.notices.push_back("statement " + sid + " records this file again with the period " + given_period +
                            "; it corrects statement " + last_of_file->id + " (" + recorded_period + ")");
    } else if (options.correct_period) {
      return fail(Error(Errc::invalid_input, "this file is not recorded yet: there is no period to correct; import it without --correct-period")
                      .in("--correct-period")
                      .at(SourcePos{statement_path, 0, 0}));
    }
    new_statement = same == nullptr;
    if (new_statement && through && info.to <= *through) {
      return fail(Error(Errc::invalid_input, "the statement ends on " + info.to.to_string() + ", inside the period bank account " +
                                                 bank->id + " is reconciled through (" + through->to_string() +
                                                 "); it would change what was reconciled")
                      .at(SourcePos{statement_path, 0, 0}));
    }

    return ok();
  }

  // An error only when the lines recorded before pass 128 bits.
  Result<void> compare_opening() {
    // Against what is recorded: the balance the lines give at the statement's start.
    Money before = bank->opened <= info.from ? bank->terms.opening : Money::zero(cur);
    for (const auto& id : bank->lines) {
      const LineState& l = unit.ledger().programme().banks().lines().at(id);
      if (l.date < info.from) {
        FL_TRY(before, before.plus(l.amount));
      }
      if (l.date >= info.from && l.date <= info.to) in_period.insert(id);
    }
    if (info.opening && *info.opening != before) {
      out.notices.push_back("the statement opens at " + fmt::format("{:c}", *info.opening) + " but the lines recorded before " +
                            info.from.to_string() + " give " + fmt::format("{:c}", before) +
                            ": a statement for the days before may be missing; the reconciliation will show the difference");
    }
    return ok();
  }

  Result<void> add_statement() {
    pending = info.pending.size();
    if (new_statement) {
      std::string description = mapping.name + " statement " + info.from.to_string() + " to " + info.to.to_string();
      if (!corrects.empty()) description += " (corrects the period of " + corrects + ")";
      FL_TRY_VOID(add(unit, make_event(EventKind::statement, sid.str(), info.to, description, info)));
    } else {
      unit.found(same->id);
    }
    return ok();
  }

  // The lines. A row with the bank's reference is identified by it and its date; rows of one
  // reference and date that differ in amount or text are told apart by them, so that the order
  // the bank lists them in does not matter. Without a reference, by date, amount and text.
  // Either way, plus the occurrence among identical rows of the file.
  std::string content(const io::StatementRow& row) const {
    return row.date->to_string() + "\x1f" + row.reference + "\x1f" + format_decimal(row.amount, cur.scale()) + "\x1f" +
           row.description;
  }

  // The date US reference of rows that share a reference and date but differ in amount or text.
  std::set<std::string> told_apart_keys() const {
    std::map<std::string, std::string> first_of_reference;  // date US reference -> the first row's content
    std::set<std::string> told_apart;                       // date US reference of rows that differ
    for (const auto* row : settled) {
      if (row->reference.empty()) continue;
      const std::string key = row->date->to_string() + "\x1f" + row->reference;
      const auto [it, fresh] = first_of_reference.emplace(key, content(*row));
      if (!fresh && it->second != content(*row)) told_apart.insert(key);
    }
    return told_apart;
  }

  // Lines with a reference recorded already, by content, in order of occurrence: found again
  // whatever id formula recorded them.
  std::map<std::string, std::map<std::int32_t, StatementLineId>> recorded_by_content() const {
    std::map<std::string, std::map<std::int32_t, StatementLineId>> recorded_by_content;
    for (const auto& [id, t] : recorded) {
      if (t.kind != EventKind::statement_line) continue;
      const auto& x = std::get<StatementLine>(t.data);
      if (x.bank_account != bank->id || x.reference.empty()) continue;
      const std::string key = t.date.to_string() + "\x1f" + x.reference + "\x1f" +
                              format_decimal(x.amount.minor(), cur.scale()) + "\x1f" + t.description;
      recorded_by_content[key].emplace(x.occurrence, StatementLineId{id});
    }
    return recorded_by_content;
  }

  Result<void> add_lines() {
    const std::set<std::string> told_apart = told_apart_keys();
    const auto recorded_by_content = this->recorded_by_content();
    std::map<std::string, std::int32_t> seen;
    for (const auto* row : settled) {
      const std::string amount = format_decimal(row->amount, cur.scale());
      const std::string key = content(*row);
      const std::int32_t occurrence = ++seen[key];
      const SourcePos where{statement_path, row->line, 0};
      if (!row->reference.empty()) {
        const auto known = recorded_by_content.find(key);
        if (known != recorded_by_content.end() && known->second.size() >= static_cast<std::size_t>(occurrence)) {
          const StatementLineId& found = std::next(known->second.begin(), occurrence - 1)->second;
          in_period.erase(found);
          unit.found(found.str());
          continue;
        }
      }
      const bool apart = told_apart.count(row->date->to_string() + "\x1f" + row->reference) != 0;
      const StatementLineId id =
          statement_line_id(bank->id, *row->date, amount, row->description, row->reference, occurrence, apart);
      StatementLine l{bank->id, sid, Money(cur, row->amount)};
      l.reference = row->reference;
      l.occurrence = occurrence;
      l.row = static_cast<std::int32_t>(row->line);
      Transaction e = make_event(EventKind::statement_line, id.str(), *row->date, row->description, std::move(l));
      const auto again = recorded.find(id.str());
      if (again != recorded.end() || unit.ledger().knows_id(id.str())) {
        if (again != recorded.end()) {
          // The same line from another statement: the statement and row it came in differ.
          Transaction same_line = e;
          auto& d = std::get<StatementLine>(same_line.data);
          const auto& x = std::get<StatementLine>(again->second.data);
          d.statement = x.statement;
          d.row = x.row;
          const std::string diff = first_difference(same_line, again->second);
          if (!diff.empty()) {
            return fail(Error(Errc::conflict, "differs from line \"" + id + "\" already recorded from statement " + x.statement)
                            .in(diff)
                            .at(where));
          }
        }
        in_period.erase(id);
        unit.found(id.str());
        continue;

      }
      if (through && *row->date <= *through) {
        return fail(Error(Errc::invalid_input, "the row of " + row->date->to_string() + " (" + row->description + ", " +
                                                   fmt::format("{:c}", Money(cur, row->amount)) + ") is not recorded, and bank account " + bank->id +
                                                   " is reconciled through " + through->to_string() +
                                                   ": it would change what was reconciled")
                        .in("date")
                        .at(where));
      }
      if (auto r = add(unit, std::move(e)); !r) return fail(std::move(r).error().at(where));
    }
    return ok();
  }

  void tell() {
    for (const auto& id : in_period) {
      const LineState& l = unit.ledger().programme().banks().lines().at(id);
      out.notices.push_back("line " + id + " (" + l.date.to_string() + ", " + fmt::format("{:c}", l.amount) +
                            ") recorded from an earlier statement is not in this one");
    }
    if (pending > 0 && new_statement) {
      out.notices.push_back(pending == 1 ? "1 pending row is kept apart until a statement shows it settled"
                                         : std::to_string(pending) + " pending rows are kept apart until a statement shows them settled");
    }
  }

  Unit& unit;
  Written& out;
  const StatementImportOptions& options;
  const std::string& statement_path;
  const io::StatementMapping& mapping;
  const std::string& file_sha;
  const BankState* bank;
  const Currency cur;
  std::map<std::string, Transaction> recorded;  // statement and statement-line events, by id
  std::vector<Transaction> recorded_statements;  // in journal order
  io::ParsedStatement st;
  std::vector<const io::StatementRow*> settled;
  StatementInfo info;  // in the bank account's currency
  std::optional<Date> through;       // the bank account is reconciled through
  const Transaction* same = nullptr;  // this statement, recorded already
  EventId sid;                       // its id
  std::string corrects;              // the statement whose period it corrects
  bool new_statement = true;
  std::set<StatementLineId> in_period;  // lines recorded in its period not (yet) found in it
  std::size_t pending = 0;
};

}  // namespace

Result<Written> import_statement(const std::string& journal, const std::string& statement_path,
                                 const StatementImportOptions& options, const Clock& clock) {
  FL_TRY(std::string mapping_text, read_input_file(options.mapping_path));
  FL_TRY(io::StatementMapping mapping, io::parse_mapping(mapping_text, options.mapping_path));
  FL_TRY(std::string text, read_input_file(statement_path));
  const std::string file_sha = store::to_hex(store::sha256(text));
  return write_unit(journal, clock, options.write, [&](Unit& unit, Written& out) -> Result<void> {
    const BankState* bank = find_bank(unit.ledger(), options.bank_account);
    if (bank == nullptr) {
      return fail(Error(Errc::invalid_input, "\"" + options.bank_account + "\" is not a recorded bank account").in("--bank-account"));
    }
    StatementImport job(unit, out, options, statement_path, mapping, file_sha, *bank);
    return job.run(text);
  });
}

std::vector<Proposal> current_proposals(const Ledger& ledger, const MatchRules& rules) {
  return propose(ledger.programme(), rules);
}

Result<Written> confirm_proposals(const std::string& journal, const ConfirmOptions& options, const Clock& clock) {
  return write_unit(journal, clock, options.write, [&](Unit& unit, Written& out) -> Result<void> {
    const std::vector<Proposal> all = propose(unit.ledger().programme(), options.rules);
    std::vector<Proposal> chosen;
    if (options.exact) {
      for (const auto& p : all) {
        if (p.exact) chosen.push_back(p);
      }
    }
    FL_TRY(std::vector<Proposal> by_id, named(all, options.ids));
    for (auto& p : by_id) {
      if (std::none_of(chosen.begin(), chosen.end(), [&](const Proposal& q) { return q.id == p.id; })) chosen.push_back(std::move(p));
    }
    for (const auto& p : chosen) {
      if (auto r = confirm_one(unit, p); !r) {
        return fail(std::move(r).error().in("proposal " + p.id));
      }
      out.ids.push_back(p.id);
    }
    return ok();
  });
}

Result<Written> reject_proposals(const std::string& journal, const ConfirmOptions& options, const Clock& clock) {
  return write_unit(journal, clock, options.write, [&](Unit& unit, Written& out) -> Result<void> {
    const std::vector<Proposal> all = propose(unit.ledger().programme(), options.rules);
    FL_TRY(std::vector<Proposal> chosen, named(all, options.ids));
    for (const auto& p : chosen) {
      Rejection x{p.id, p.lines, p.target()};
      FL_TRY_VOID(add(unit, make_event(EventKind::rejection, "RJ-" + p.id.substr(2), p.date,
                                 "Rejected " + std::string(proposal_kind_name(p.kind)) + " " + p.target(), std::move(x))));
      out.ids.push_back(p.id);
    }
    return ok();
  });
}

Result<Written> match_by_hand(const std::string& journal, const BankAccountId& bank_account,
                               const std::vector<StatementLineId>& lines, const std::vector<EventId>& entries,
                               const WriteOptions& options, const Clock& clock) {
  return write_unit(journal, clock, options, [&](Unit& unit, Written& out) -> Result<void> {
    const BankBook& book = unit.ledger().programme().banks();
    Date date = Date::from_days(0);
    for (const auto& id : lines) {
      const auto it = book.lines().find(id);
      if (it == book.lines().end()) continue;  // refused below, naming it
      if (!it->second.matched_by.empty()) {
        return fail(Error(Errc::invalid_input, "\"" + id + "\" is explained already, by " + it->second.matched_by).in("--line"));
      }
      date = std::max(date, it->second.date);
    }
    for (const auto& id : entries) {
      const auto it = book.entries().find(BankBook::EntryKey{bank_account, id});
      if (it != book.entries().end()) date = std::max(date, it->second.date);
    }
    date = std::max(date, first_open_day(unit.ledger(), bank_account));
    Match m{bank_account, lines, entries, ""};
    const EventId id = match_id(lines, entries);
    FL_TRY_VOID(add(unit, make_event(EventKind::match, id.str(), date, "Matched by hand", std::move(m))));
    out.ids.push_back(id.str());
    return ok();
  });
}

Result<Written> classify_line(const std::string& journal, const StatementLineId& line, const std::string& account,
                               std::optional<Date> posting_date, const WriteOptions& options, const Clock& clock) {
  return write_unit(journal, clock, options, [&](Unit& unit, Written& out) -> Result<void> {
    const BankBook& book = unit.ledger().programme().banks();
    const auto it = book.lines().find(line);
    if (it == book.lines().end()) {
      return fail(Error(Errc::invalid_input, "\"" + line + "\" is not a recorded statement line").in("line"));
    }
    if (!it->second.matched_by.empty()) {
      return fail(Error(Errc::invalid_input, "\"" + line + "\" is explained already, by " + it->second.matched_by).in("line"));
    }
    Classification c{it->second.bank_account, line, account};
    Transaction e = make_event(EventKind::classification, "CL-" + line.str().substr(3), it->second.date,
                          it->second.description.empty() ? "Classified " + line : it->second.description, std::move(c));
    if (posting_date) {
      if (*posting_date < e.date) {
        return fail(Error(Errc::invalid_input, "falls before the line's date " + e.date.to_string()).in("--posting-date"));
      }
      e.posting_date = *posting_date;
    }
    FL_TRY(e.postings, unit.ledger().programme().book(e));
    FL_TRY_VOID(add(unit, std::move(e)));
    out.ids.push_back("CL-" + line.str().substr(3));
    return ok();
  });
}

Result<Written> close_reconciliation(const std::string& journal, const BankAccountId& bank_account, Date as_of,

                                      const WriteOptions& options, const Clock& clock) {
  return write_unit(journal, clock, options, [&](Unit& unit, Written& out) -> Result<void> {
    const BankBook& book = unit.ledger().programme().banks();
    if (find_bank(unit.ledger(), bank_account) == nullptr) {
      return fail(Error(Errc::invalid_input, "\"" + bank_account + "\" is not a recorded bank account").in("--bank-account"));
    }
    const BankState* b = find_bank(unit.ledger(), bank_account);
    if (b->reconciled_through && as_of <= *b->reconciled_through) {
      return fail(Error(Errc::invalid_input, bank_account + " is reconciled through " + b->reconciled_through->to_string() +
                                                 " already; a close is for a later date")
                      .in("--as-of"));
    }
    FL_TRY(ReconciliationFigures f, book.reconcile(bank_account, as_of));
    if (!f.unexplained.is_zero()) {
      return fail(Error(Errc::invalid_input, "the reconciliation of " + bank_account + " as of " + as_of.to_string() + " leaves " +
                                                 fmt::format("{:c}", f.unexplained) +
                                                 " unexplained (see reconcile statement); nothing was written"));
    }
    Reconciliation x{bank_account, f.bank_balance, f.ledger_balance, f.in_bank_total, f.recorded_total};
    const std::string id = "RECON-" + bank_account + "-" + as_of.to_string();
    FL_TRY_VOID(add(unit, make_event(EventKind::reconciliation, id, as_of, "Reconciled " + bank_account + " as of " + as_of.to_string(), std::move(x))));
    out.ids.push_back(id);
    return ok();
  });
}

}  // namespace fl::app

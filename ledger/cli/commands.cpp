#include "cli/commands.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <iterator>
#include <map>
#include <sstream>

#include "app/import.hpp"
#include "cli/booked.hpp"
#include "app/journal_ops.hpp"
#include "app/migrate.hpp"
#include "base/json_writer.hpp"
#include "io/event_codec.hpp"
#include "journal/names.hpp"
#include "money/decimal.hpp"
#include "money/locale_amount.hpp"
#include "money/rate.hpp"
#include "reports/aging.hpp"
#include "reports/ledger_reports.hpp"
#include "reports/programme_reports.hpp"
#include "reports/table.hpp"

namespace fl::cli {

namespace {
int exit_code_of(const Error& e) {
  switch (e.code()) {
    case Errc::usage: return 2;
    case Errc::corrupt: return 3;
    default: return 1;
  }
}

}  // namespace

int report(const Error& e) {
  std::cerr << e.render() << "\n";
  return exit_code_of(e);
}

void warn_all(const std::vector<std::string>& warnings) {
  for (const auto& w : warnings) spdlog::get("fundledger")->warn("{}", w);
}

Result<std::string> journal_path(const Globals& g) {
  if (g.journal.empty()) {
    return fail(Errc::usage, "no journal: give -f PATH or set FUNDLEDGER_JOURNAL");
  }
  return g.journal;
}

Result<Instant> now(const Globals& g) {
  if (!g.now_text.empty()) {
    auto i = Instant::parse(g.now_text);
    if (!i) return fail(std::move(i).error().in("--now"));
    return *i;
  }
  const auto s = std::chrono::duration_cast<std::chrono::seconds>(
      std::chrono::system_clock::now().time_since_epoch());
  return Instant::from_unix_seconds(s.count());
}

Result<std::optional<Date>> as_of(const std::string& text) {
  if (text.empty()) return std::optional<Date>{};
  auto d = Date::parse(text);
  if (!d) return fail(Error(Errc::usage, d.error().message()).in("--as-of"));
  return std::optional<Date>{*d};
}

namespace {

Result<std::optional<Dimension>> by_dimension(const std::string& text) {
  if (text.empty()) return std::optional<Dimension>{};
  auto d = parse_dimension(text);
  if (!d) return fail(Error(Errc::usage, d.error().message()).in("--by"));
  return std::optional<Dimension>{*d};
}

Result<std::string> read_input(const std::string& file) {
  if (file.empty() || file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(Error(Errc::invalid_input, "cannot read this file").at(SourcePos{file, 0, 0}));
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// "ACCOUNT AMOUNT CURRENCY [dimension=value ...]"; the amount by the number rules of
// docs/format/csv.md, in `locale` when one is declared (--number-locale, or the journal's
// number-locale setting); without one, a number the two locales read differently is refused.
Result<Posting> parse_posting_flag(const std::string& text, std::optional<NumberLocale> locale) {
  std::istringstream in(text);
  std::string account, amount, currency, extra;
  if (!(in >> account >> amount >> currency)) {
    return fail(Errc::invalid_input, "expected \"ACCOUNT AMOUNT CURRENCY [dimension=value ...]\"");
  }
  if (auto r = check_account(account); !r) return fail(std::move(r).error().in("account"));
  auto cur = Currency::parse(currency);
  if (!cur) return fail(std::move(cur).error().in("currency"));
  auto minor = parse_local_amount(amount, *cur, AmountRules{locale, true});
  if (!minor) return fail(std::move(minor).error().in("amount"));
  Posting p{account, Money(*cur, *minor)};
  while (in >> extra) {
    const auto eq = extra.find('=');
    if (eq == std::string::npos) {
      return fail(Errc::invalid_input, "\"" + extra + "\" is not dimension=value");
    }
    FL_TRY(Dimension d, parse_dimension(extra.substr(0, eq)));
    const std::string value = extra.substr(eq + 1);
    if (auto r = check_id(value); !r) return fail(std::move(r).error().in(extra.substr(0, eq)));
    p.dims[d] = value;
  }
  return p;
}

struct PostArgs {
  std::string file;
  std::string id, date, posting_date, description, reverses;
  std::vector<std::string> postings;
  std::string locale;
  std::string format = "table";
};

Result<std::optional<NumberLocale>> locale_flag(const std::string& text) {
  if (text.empty()) return std::optional<NumberLocale>{};
  auto l = parse_number_locale(text);
  if (!l) return fail(Error(Errc::usage, l.error().message()).in("--number-locale"));
  return std::optional<NumberLocale>{*l};
}

// What an import booked, by event type: counts, and for agreements and receipts the total value
// in the base currency (every event in full with --format json).
std::string import_summary(const std::vector<Transaction>& events) {
  std::map<std::string, std::pair<std::size_t, std::optional<Money>>> by_kind;
  for (const Transaction& e : events) {
    auto& [count, total] = by_kind[std::string(event_kind_name(e.kind))];
    ++count;
    const Valuation* v = std::visit([](const auto& d) -> const Valuation* {
      if constexpr (requires { d.valuation; }) {
        return &d.valuation;
      } else {
        return nullptr;
      }
    }, e.data);
    if (v == nullptr || e.kind == EventKind::change) continue;  // changes add, take away or move nothing: no total
    if (!total) total = Money::zero(v->value.currency());
    if (auto sum = total->plus(v->value)) total = *sum;
  }
  std::string out;
  for (const auto& [kind, entry] : by_kind) {
    out += "  " + kind + ": " + std::to_string(entry.first);
    if (entry.second) {
      out += ", valued at " + reports::group_thousands(entry.second->to_string()) + " " +
             std::string(entry.second->currency().code());
    }
    out += "\n";
  }
  return out;
}

void print_booked(const Booked& b, const std::string& format) {
  std::cout << (format == "json" ? booked_json(b) : booked_text(b));
}

Result<Transaction> transaction_from_flags(const PostArgs& a) {
  Transaction t;
  if (auto r = check_id(a.id); !r) return fail(std::move(r).error().in("--id"));
  t.id = a.id;
  auto d = Date::parse(a.date);
  if (!d) return fail(std::move(d).error().in("--date"));
  t.date = *d;
  t.posting_date = *d;
  if (!a.posting_date.empty()) {
    auto pd = Date::parse(a.posting_date);
    if (!pd) return fail(std::move(pd).error().in("--posting-date"));
    t.posting_date = *pd;
  }
  t.description = a.description;
  if (!a.reverses.empty()) {
    if (auto r = check_id(a.reverses); !r) return fail(std::move(r).error().in("--reverses"));
    t.reverses = a.reverses;
  }
  return t;
}

Result<void> postings_from_flags(const PostArgs& a, std::optional<NumberLocale> locale, Transaction& t) {
  t.postings.clear();
  for (std::size_t i = 0; i < a.postings.size(); ++i) {
    auto p = parse_posting_flag(a.postings[i], locale);
    if (!p) return fail(std::move(p).error().in("--posting " + std::to_string(i + 1)));
    t.postings.push_back(std::move(*p));
  }
  return ok();
}

struct ReportArgs {
  std::string format = "table";
  std::string as_of;
  std::string by;
};

void add_report_options(CLI::App* cmd, ReportArgs& r, bool with_by) {
  cmd->add_option("--format", r.format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->add_option("--as-of", r.as_of, "only what happened on or before this value date (YYYY-MM-DD)");
  if (with_by) cmd->add_option("--by", r.by, "split by a dimension: cso, agreement, counterparty, tranche");
}

Result<void> run_balance(const Globals& g, const ReportArgs& r, bool trial) {
  FL_TRY(std::string path, journal_path(g));
  FL_TRY(auto format, reports::parse_format(r.format));
  reports::ReportScope scope;
  FL_TRY(scope.as_of, as_of(r.as_of));
  FL_TRY(scope.by, by_dimension(r.by));
  FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{scope.as_of, scope.by}));
  warn_all(loaded.warnings);
  const auto rows = loaded.ledger.balances();
  const auto table = trial ? reports::trial_balance(rows, scope) : reports::balance_report(rows, scope);
  std::cout << reports::render(table, format);
  return ok();
}

Result<void> run_register(const Globals& g, const ReportArgs& r, const std::string& account) {
  FL_TRY(std::string path, journal_path(g));
  FL_TRY(auto format, reports::parse_format(r.format));
  reports::ReportScope scope;
  FL_TRY(scope.as_of, as_of(r.as_of));
  if (auto c = check_account(account); !c) return fail(std::move(c).error().in("ACCOUNT"));
  reports::RegisterBuilder reg(account, scope);
  FL_TRY(app::Loaded loaded,
         app::load_journal(path, ReplayOptions{}, [&](const Transaction& t, std::uint64_t seq) {
           reg.add(t, seq);
         }));
  warn_all(loaded.warnings);
  std::cout << reports::render(reg.table(), format);
  return ok();
}

Result<void> run_post(const Globals& g, const PostArgs& a, bool from_flags) {
  FL_TRY(std::string path, journal_path(g));
  FL_TRY(Instant clock, now(g));
  FL_TRY(std::optional<NumberLocale> flag_locale, locale_flag(a.locale));
  Transaction t;
  app::PostOptions options;
  if (from_flags) {
    if (!a.file.empty()) {
      return fail(Errc::usage, "give the transaction either as a JSON file or as flags, not both");
    }
    FL_TRY(t, transaction_from_flags(a));
    // The amounts are read once the journal is open: its number-locale setting applies when
    // --number-locale is not given.
    options.prepare = [&a, flag_locale](Transaction& txn, const Ledger& ledger) -> Result<void> {
      return postings_from_flags(a, flag_locale ? flag_locale : ledger.programme().settings().number_locale, txn);
    };
  } else {
    if (flag_locale) {
      return fail(Error(Errc::usage, "applies to --posting amounts; a JSON transaction's amounts are plain decimal strings")
                      .in("--number-locale"));
    }
    FL_TRY(std::string text, read_input(a.file));
    io::EventDecoder decoder;
    FL_TRY(t, decoder.decode_input(text, a.file.empty() || a.file == "-" ? "<stdin>" : a.file));
  }
  options.lock_timeout = std::chrono::milliseconds(g.lock_timeout_ms);
  FL_TRY(app::Posted posted, app::post_transaction(path, std::move(t), clock, options));
  for (const auto& n : posted.notices) spdlog::get("fundledger")->warn("{}", n);
  if (a.format == "json") {
    Booked b;
    if (posted.appended) b.events.push_back(posted.event);
    b.already = posted.appended ? 0 : 1;
    b.head_hex = posted.head_hex;
    print_booked(b, a.format);
  } else if (posted.appended) {
    Booked b;
    b.events.push_back(posted.event);
    b.head_hex = posted.head_hex;
    const std::string text = booked_text(b);
    std::cout << text.substr(0, text.rfind("head "));
    std::cout << "posted as seq " << posted.seq << "; head " << posted.head_hex << "\n";
  } else {
    std::cout << "already in the journal at seq " << posted.seq
              << " with the same content; nothing written\n";
  }
  return ok();
}

struct VerifyArgs {
  std::string expect_head;
  std::string migrated_from;  // the journal this one was migrated from (app/migrate.hpp)
  std::string format = "table";
};

Result<int> run_verify(const Globals& g, const VerifyArgs& a) {
  FL_TRY(std::string path, journal_path(g));
  std::optional<std::string> expect;
  if (!a.expect_head.empty()) expect = a.expect_head;
  FL_TRY(app::VerifyReport v, app::verify_journal(path, expect));
  if (!a.migrated_from.empty()) FL_TRY_VOID(app::check_migrated_from(v, a.migrated_from));
  warn_all(v.warnings);
  if (a.format == "json") {
    std::string out;
    json::JsonWriter w(out);
    w.begin_object().key("ok").boolean(v.ok).key("events").number(static_cast<long long>(v.events));
    w.key("lines").number(static_cast<long long>(v.lines));
    if (v.head_hex.empty()) {
      w.key("head").null();
    } else {
      w.member("head", v.head_hex);
    }
    w.key("first_bad");
    if (v.damage) {
      w.begin_object().key("seq").number(static_cast<long long>(v.damage->seq));
      w.key("line").number(static_cast<long long>(v.damage->line_no));
      w.key("offset").number(static_cast<long long>(v.damage->offset));
      w.member("reason", v.damage->reason).end_object();
    } else {
      w.null();
    }
    w.key("balances").begin_array();
    for (const auto& b : v.balances) {
      w.begin_object().member("account", b.account).member("currency", b.currency.code());
      w.member("amount", format_decimal(b.amount, b.currency.scale())).end_object();
    }
    w.end_array().end_object();
    std::cout << out << "\n";
  } else if (v.ok) {
    std::cout << "ok: " << v.events << " events in " << v.lines << " lines; hash chain intact\n"
              << "head: " << v.head_hex << "\n";
  }
  if (!v.ok) {
    std::cerr << path << ":" << v.damage->line_no << ": error: verification failed at line "
              << v.damage->line_no << " (seq " << v.damage->seq << ", byte " << v.damage->offset
              << "): " << v.damage->reason << "\n";
    return 3;
  }
  return 0;
}


// One CSV file of a header and one row, every field quoted: a record given as flags goes
// through the same reading, checks and booking as an imported file.
std::string one_row_csv(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string header, row;
  for (const auto& [column, value] : fields) {
    if (!header.empty()) {
      header += ',';
      row += ',';
    }
    header += column;
    row += '"';
    for (char c : value) {
      if (c == '"') row += '"';
      row += c;
    }
    row += '"';
  }
  return header + "\n" + row + "\n";
}

// A record command: flags named after the columns of `file` (docs/format/csv.md).
struct RecordCommand {
  std::map<std::string, std::string> values;  // column -> value
  std::vector<std::string> columns;           // in order
  std::string locale;
  std::string format = "table";
};

int run_record(const Globals& g, const app::Sources& sources, const std::string& locale,
               const std::string& format = "table") {
  auto r = [&]() -> Result<int> {
    FL_TRY(std::string path, journal_path(g));
    FL_TRY(Instant clock, now(g));
    app::ImportOptions options;
    options.lock_timeout = std::chrono::milliseconds(g.lock_timeout_ms);
    FL_TRY(options.locale, locale_flag(locale));
    FL_TRY(app::Imported done, app::import_sources(path, sources, clock, options));
    for (const auto& n : done.notices) spdlog::get("fundledger")->warn("{}", n);
    if (!done.refused.empty()) {
      for (const auto& e : done.refused) std::cerr << e.render() << "\n";
      return 1;
    }
    print_booked(Booked{done.events, done.already, done.head_hex}, format);
    return 0;
  }();
  return r ? *r : report(r.error());
}

CLI::App* add_record(CLI::App& parent, const std::string& name, const std::string& description, RecordCommand& rc,
                     std::initializer_list<std::pair<const char*, const char*>> columns) {
  auto* cmd = parent.add_subcommand(name, description);
  for (const auto& [column, help] : columns) {
    std::string flag = "--" + std::string(column);
    std::replace(flag.begin(), flag.end(), '_', '-');
    rc.columns.emplace_back(column);
    cmd->add_option(flag, rc.values[column], help);
  }
  rc.columns.emplace_back("recorded_on");
  cmd->add_option("--recorded-on", rc.values["recorded_on"], "the day the fact became known, when not today (YYYY-MM-DD)");
  cmd->add_option("--number-locale", rc.locale, "how numbers are written: id (1.500.000,00) or en (default: the journal's setting)");
  cmd->add_option("--format", rc.format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  return cmd;
}

std::vector<std::pair<std::string, std::string>> fields_of(const RecordCommand& rc) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& c : rc.columns) out.emplace_back(c, rc.values.at(c));
  return out;
}

}  // namespace

void register_commands(CLI::App& app, Globals& g) {
  auto finish = [&g](const Result<void>& r) {
    g.exit_code = r ? 0 : report(r.error());
  };

  static app::InitOptions init;
  auto* cmd_init = app.add_subcommand("init", "create a new journal");
  cmd_init->add_option("--ledger-id", init.ledger_id, "a name for the ledger");
  cmd_init->add_option("--base-currency", init.base_currency, "reporting currency (USD)");
  cmd_init->add_option("--time-zone", init.time_zone, "IANA time zone for display (Asia/Jakarta)");
  cmd_init->add_option("--fiscal-year-start", init.fiscal_year_start, "MM-DD (01-01; US government 10-01)");
  cmd_init->add_option("--target", init.target, "funding target in the base currency");
  cmd_init->add_option("--rate-age-days-max", init.rate_age_days_max, "oldest fallback rate, days (7)");
  static std::string init_locale, init_jump;
  cmd_init->add_option("--number-locale", init_locale, "how numbers are written where nothing says: id (1.500.000,00) or en; recorded as a setting");
  cmd_init->add_option("--rate-jump-limit", init_jump, "refuse a rate this many percent from its neighbour unless confirmed (10); recorded as a setting");
  cmd_init->callback([&g, finish] {
    auto r = [&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      if (!init_locale.empty()) init.number_locale = init_locale;
      if (!init_jump.empty()) init.rate_jump_limit = init_jump;
      {
        // The target is an amount like any other, by the number rules (in the declared locale).
        FL_TRY(std::optional<NumberLocale> l, locale_flag(init_locale));
        auto cur = Currency::parse(init.base_currency);
        if (cur) {
          auto minor = parse_local_amount(init.target, *cur, AmountRules{l, false});
          if (!minor) return fail(std::move(minor).error().in("--target"));
          init.target = Money(*cur, *minor).to_string();
        }
      }
      FL_TRY(app::Initialized done, app::init_journal(path, init, clock));
      std::cout << "created " << path << "; head " << done.head_hex << "\n";
      return ok();
    }();
    finish(r);
  });

  static PostArgs post;
  auto* cmd_post = app.add_subcommand("post", "append one balanced transaction");
  cmd_post->add_option("file", post.file, "transaction JSON file, or - for standard input");
  cmd_post->add_option("--id", post.id, "transaction id (required with flags)");
  cmd_post->add_option("--date", post.date, "value date YYYY-MM-DD");
  cmd_post->add_option("--posting-date", post.posting_date, "posting date (defaults to --date)");
  cmd_post->add_option("--description", post.description, "free text");
  cmd_post->add_option("--reverses", post.reverses, "id of the transaction this one corrects");
  cmd_post->add_option("--posting", post.postings, "\"ACCOUNT AMOUNT CURRENCY [dimension=value ...]\"");
  cmd_post->add_option("--number-locale", post.locale, "how --posting amounts are written: id (1.500.000,00) or en (default: the journal's setting)");
  cmd_post->add_option("--format", post.format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  cmd_post->callback([&g, finish, cmd_post] {
    const bool flags = cmd_post->count("--id") + cmd_post->count("--date") +
                           cmd_post->count("--posting") + cmd_post->count("--description") > 0;
    if (flags && post.id.empty()) {
      g.exit_code = report(Error(Errc::usage, "is required when the transaction is given as flags").in("--id"));
      return;
    }
    if (flags && post.date.empty()) {
      g.exit_code = report(Error(Errc::usage, "is required when the transaction is given as flags").in("--date"));
      return;
    }
    finish(run_post(g, post, flags));
  });

  static ReportArgs bal;
  auto* cmd_bal = app.add_subcommand("balance", "balances per account and currency, with subtotals");
  add_report_options(cmd_bal, bal, true);
  cmd_bal->callback([&g, finish] { finish(run_balance(g, bal, false)); });

  static ReportArgs tb;
  auto* cmd_tb = app.add_subcommand("trial-balance", "debits and credits per account; totals agree");
  add_report_options(cmd_tb, tb, true);
  cmd_tb->callback([&g, finish] { finish(run_balance(g, tb, true)); });

  static ReportArgs reg;
  static std::string reg_account;
  auto* cmd_reg = app.add_subcommand("register", "postings to an account with a running balance");
  cmd_reg->add_option("account", reg_account, "account, or a parent account")->required();
  add_report_options(cmd_reg, reg, false);
  cmd_reg->callback([&g, finish] { finish(run_register(g, reg, reg_account)); });

  static std::string export_format = "ledger";
  static std::string export_as_of;
  auto* cmd_export = app.add_subcommand("export", "transactions as ledger-cli/hledger or beancount text");
  cmd_export->add_option("--format", export_format, "ledger (also read by hledger) or beancount")
      ->check(CLI::IsMember({"ledger", "beancount"}));
  cmd_export->add_option("--as-of", export_as_of, "only transactions on or before this value date");
  cmd_export->callback([&g, finish] {
    finish([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(std::optional<Date> date, as_of(export_as_of));
      FL_TRY(std::string text, app::export_journal(path,
                                                   export_format == "beancount" ? app::ExportFormat::beancount
                                                                                : app::ExportFormat::ledger,
                                                   date));
      std::cout << text;
      return ok();
    }());
  });

  static std::string import_dir;
  static std::string import_locale;
  static std::string import_format = "table";
  auto* cmd_import = app.add_subcommand("import", "import a folder of CSV files (docs/format/csv.md) as one unit");
  cmd_import->add_option("folder", import_dir, "folder holding parties.csv, bank_accounts.csv, rates.csv, …")->required();
  cmd_import->add_option("--number-locale", import_locale, "how numbers are written: id (1.500.000,00) or en (default: the journal's setting)");
  cmd_import->add_option("--format", import_format, "what was booked: table (a summary by event type) or json (every event)")
      ->check(CLI::IsMember({"table", "json"}));
  cmd_import->callback([&g] {
    auto r = [&]() -> Result<int> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      app::ImportOptions options;
      options.lock_timeout = std::chrono::milliseconds(g.lock_timeout_ms);
      FL_TRY(options.locale, locale_flag(import_locale));
      FL_TRY(app::Imported done, app::import_directory(path, import_dir, clock, options));
      for (const auto& n : done.notices) spdlog::get("fundledger")->warn("{}", n);
      if (!done.refused.empty()) {
        for (const auto& e : done.refused) std::cerr << e.render() << "\n";
        if (done.files_refused > 0) {
          std::cerr << "fundledger: " << done.files_refused << " file(s) refused; nothing was imported\n";
        } else {
          std::cerr << "fundledger: " << done.refused.size() << " row(s) refused; nothing was imported\n";
        }
        return 1;
      }
      if (import_format == "json") {
        print_booked(Booked{done.events, done.already, done.head_hex}, import_format);
      } else if (done.added == 0) {
        std::cout << "nothing new: all " << done.already << " event(s) are in the journal already\n";
      } else {
        std::cout << "imported " << done.added << " event(s)";
        if (done.already > 0) std::cout << " (" << done.already << " already there)";
        std::cout << "; head " << done.head_hex << "\n";
        std::cout << import_summary(done.events);
      }
      return 0;
    }();
    g.exit_code = r ? *r : report(r.error());
  });

  static ReportArgs prog_args;
  static std::string which;
  auto* cmd_report = app.add_subcommand("report", "programme reports: progress, csos, agreements, counterparties, provinces, quarters, aging");
  cmd_report->add_option("name", which, "progress, csos, agreements, counterparties, provinces, quarters or aging")
      ->required()
      ->check(CLI::IsMember({"progress", "csos", "agreements", "counterparties", "provinces", "quarters", "aging"}));
  add_report_options(cmd_report, prog_args, false);
  cmd_report->callback([&g, finish] {
    finish([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(auto format, reports::parse_format(prog_args.format));
      FL_TRY(std::optional<Date> date, as_of(prog_args.as_of));
      FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{date, std::nullopt}));
      warn_all(loaded.warnings);
      FL_TRY(Instant clock, now(g));
      // "Today" is the date in the ledger's time zone (Jakarta's day starts 7 hours before UTC's).
      FL_TRY(const Date clock_date, clock.date_in_zone(loaded.ledger.header().time_zone));
      const Date today = date ? *date : clock_date;
      const reports::Report r = which == "progress"         ? reports::progress_report(loaded.ledger, date)
                                : which == "csos"           ? reports::csos_report(loaded.ledger, date)
                                : which == "agreements"     ? reports::agreements_report(loaded.ledger, date, today)
                                : which == "counterparties" ? reports::counterparties_report(loaded.ledger, date)
                                : which == "provinces"      ? reports::provinces_report(loaded.ledger, date)
                                : which == "aging"          ? reports::aging_report(loaded.ledger, date, today)
                                                            : reports::quarters_report(loaded.ledger, date);
      std::cout << reports::render(r, format);
      return ok();
    }());
  });

  // Single records, with the columns of docs/format/csv.md as flags.
  static RecordCommand party_rc, bank_rc, rate_rc, sign_rc, receipt_rc, change_rc;
  static std::vector<std::string> aliases, tranches, allocations;
  static std::string change_kind;
  auto* party = app.add_subcommand("party", "parties: CSOs, governments, companies, philanthropies, the donor");
  auto* party_add = add_record(*party, "add", "record a party", party_rc,
                               {{"id", "the party's id"}, {"kind", "cso, government, company, philanthropy or donor"},
                                {"name", "its name"}, {"level", "government or company level"},
                                {"district", "a CSO's district"}, {"province", "a CSO's province"},
                                {"region_code", "a CSO's Kemendagri district code, NN.NN"}});
  party_add->add_option("--alias", aliases, "a payer name as bank statements show it (repeat)");
  party_add->callback([&g] {
    auto fields = fields_of(party_rc);
    std::string joined;
    for (const auto& a : aliases) joined += (joined.empty() ? "" : "|") + a;
    fields.emplace_back("aliases", joined);
    g.exit_code = run_record(g, {{"parties.csv", {"", one_row_csv(fields)}}}, party_rc.locale, party_rc.format);
  });
  auto* bank = app.add_subcommand("bank-account", "a CSO's bank accounts");
  add_record(*bank, "open", "open a bank account with its opening balance", bank_rc,
             {{"id", "the account's id"}, {"cso", "the CSO"}, {"bank", "the bank"}, {"number", "the account number"},
              {"currency", "its currency"}, {"account", "its ledger account, under Assets:Bank"},
              {"opened", "date of the opening balance"}, {"opening_balance", "the opening balance"}})
      ->callback([&g] {
        g.exit_code = run_record(g, {{"bank_accounts.csv", {"", one_row_csv(fields_of(bank_rc))}}}, bank_rc.locale, bank_rc.format);
      });
  auto* rate = app.add_subcommand("rate", "exchange rates, as quoted");
  static bool confirm_jump = false;
  auto* rate_add = add_record(*rate, "add", "record a rate (units of quote per one base)", rate_rc,
                              {{"date", "the rate's date"}, {"base", "e.g. USD"}, {"quote", "e.g. IDR"},
                               {"value", "e.g. 15234.50, or 15.234,50 with --number-locale id"}, {"source", "e.g. JISDOR"}});
  rate_add->add_flag("--confirm-jump", confirm_jump,
                     "record it even though it differs from the neighbouring quote by more than the journal's rate-jump-limit");
  rate_add->callback([&g] {
    auto fields = fields_of(rate_rc);
    fields.emplace_back("confirm_jump", confirm_jump ? "yes" : "no");
    g.exit_code = run_record(g, {{"rates.csv", {"", one_row_csv(fields)}}}, rate_rc.locale, rate_rc.format);
  });
  static std::string withdraw_id, withdraw_note, withdraw_format = "table";
  auto* withdraw = rate->add_subcommand("withdraw", "withdraw a rate that no event has used (a wrong quote)");
  withdraw->add_option("rate", withdraw_id, "the rate event's id, e.g. RATE-USD-IDR-2024-01-05")->required();
  withdraw->add_option("--note", withdraw_note, "why it is withdrawn")->required();
  withdraw->add_option("--format", withdraw_format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  withdraw->callback([&g, finish] {
    finish([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      if (auto r = check_id(withdraw_id); !r) return fail(Error(Errc::usage, r.error().message()).in("RATE"));
      app::PostOptions options;
      options.lock_timeout = std::chrono::milliseconds(g.lock_timeout_ms);
      options.prepare = [](Transaction& e, const Ledger& ledger) -> Result<void> {
        const auto* r = ledger.programme().rate_event(withdraw_id);
        if (r == nullptr) return fail(Error(Errc::invalid_input, "\"" + withdraw_id + "\" is not a recorded rate event").in("RATE"));
        e = make_event(EventKind::rate_withdrawal, "WITHDRAW-" + withdraw_id, r->date, "Withdrawn: " + withdraw_note,
                       RateWithdrawal{withdraw_id, withdraw_note});
        return ok();
      };
      Transaction t;
      t.id = "WITHDRAW-" + withdraw_id;  // so that the same withdrawal again is found, a no-op
      FL_TRY(app::Posted posted, app::post_transaction(path, std::move(t), clock, options));
      for (const auto& n : posted.notices) spdlog::get("fundledger")->warn("{}", n);
      print_booked(Booked{posted.appended ? std::vector<Transaction>{posted.event} : std::vector<Transaction>{},
                          posted.appended ? 0u : 1u, posted.head_hex},
                   withdraw_format);
      return ok();
    }());
  });

  static std::string setting_name, setting_value, setting_format = "table";
  auto* setting = app.add_subcommand("setting", "journal-wide settings: number-locale (en or id), rate-jump-limit (percent)");
  auto* setting_set = setting->add_subcommand("set", "record a setting; it applies to the writes after it");
  setting_set->add_option("name", setting_name, "number-locale or rate-jump-limit")->required()
      ->check(CLI::IsMember({"number-locale", "rate-jump-limit"}));
  setting_set->add_option("value", setting_value, "number-locale: en or id; rate-jump-limit: a percentage, e.g. 10")->required();
  setting_set->add_option("--format", setting_format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  setting_set->callback([&g, finish] {
    finish([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(Instant clock, now(g));
      app::PostOptions options;
      options.lock_timeout = std::chrono::milliseconds(g.lock_timeout_ms);
      options.prepare = [clock](Transaction& e, const Ledger& ledger) -> Result<void> {
        const auto& st = ledger.programme().settings();
        const std::string current = setting_name == "number-locale"
                                        ? (st.number_locale ? std::string(*st.number_locale == NumberLocale::id ? "id" : "en") : "")
                                        : st.rate_jump_limit;
        if (setting_name == "number-locale") {
          if (auto l = parse_number_locale(setting_value); !l) return fail(Error(Errc::usage, l.error().message()).in("VALUE"));
        } else if (auto v = parse_percent_limit(setting_value); !v) {
          return fail(Error(Errc::usage, v.error().message()).in("VALUE"));
        }
        if (current == setting_value) {
          return fail(Error(Errc::invalid_input, setting_name + " is " + setting_value + " already; nothing was written").in("VALUE"));
        }
        e = app::setting_event(ledger, setting_name, setting_value, clock);
        return ok();
      };
      FL_TRY(app::Posted posted, app::post_transaction(path, Transaction{}, clock, options));
      print_booked(Booked{{posted.event}, 0, posted.head_hex}, setting_format);
      return ok();
    }());
  });
  auto* setting_show = setting->add_subcommand("show", "the settings in force");
  setting_show->callback([&g, finish] {
    finish([&]() -> Result<void> {
      FL_TRY(std::string path, journal_path(g));
      FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{}));
      const auto& st = loaded.ledger.programme().settings();
      std::cout << "number-locale    " << (st.number_locale ? (*st.number_locale == NumberLocale::id ? "id" : "en") : "(none: numbers that read differently in en and id are refused)") << "\n";
      std::cout << "rate-jump-limit  " << st.rate_jump_limit << " %\n";
      std::cout << "rate-age-days-max " << loaded.ledger.header().rate_age_days_max << " (header)\n";
      return ok();
    }());
  });
  auto* agreement = app.add_subcommand("agreement", "funding agreements and what happens to them");
  sign_rc.values["nature"] = "contribution";
  sign_rc.values["form"] = "cash";
  sign_rc.values["conditional"] = "no";
  sign_rc.values["counts_as"] = "leverage";
  auto* sign = add_record(*agreement, "sign", "record a signed agreement with its tranche schedule", sign_rc,
                          {{"id", "the agreement's id"}, {"cso", "the CSO"}, {"counterparty", "the party it signed with"},
                           {"signed", "signing date"}, {"currency", "currency"}, {"amount", "the amount"},
                           {"nature", "contribution (default) or exchange"}, {"form", "cash (default) or in-kind"},
                           {"valuation_basis", "for in-kind: how it was valued"},
                           {"conditional", "yes or no (default)"}, {"condition", "the condition's text"},
                           {"counts_as", "leverage (default) or cost-share"}, {"purpose", "what it funds"},
                           {"restriction", "the donor's restriction"}, {"document_sha256", "SHA-256 of the signed document"}});
  sign->add_option("--tranche", tranches, "\"TRANCHE DUE AMOUNT\" (repeat; they add up to the amount)")->required();
  sign->callback([&g] {
    std::vector<std::pair<std::string, std::string>> schedule_fields;
    std::string schedule = "agreement,tranche,due,amount\n";
    for (const auto& t : tranches) {
      std::istringstream in(t);
      std::string id, due, amount, extra;
      if (!(in >> id >> due >> amount) || (in >> extra)) {
        g.exit_code = report(Error(Errc::usage, "\"" + t + "\" is not \"TRANCHE DUE AMOUNT\"").in("--tranche"));
        return;
      }
      const std::string row = one_row_csv({{"agreement", sign_rc.values["id"]}, {"tranche", id}, {"due", due}, {"amount", amount}});
      schedule += row.substr(row.find('\n') + 1);
    }
    g.exit_code = run_record(g, {{"agreements.csv", {"", one_row_csv(fields_of(sign_rc))}}, {"schedule.csv", {"", schedule}}},
                             sign_rc.locale, sign_rc.format);
  });
  auto* change = add_record(*agreement, "change", "amend, cancel, condition-met, condition-lapsed, refund or write-off",
                            change_rc,
                            {{"id", "the event's id"}, {"agreement", "the agreement"}, {"date", "when it happened"},
                             {"amount", "amend: ±; cancel: the part (empty: all outstanding); refund; write-off"},
                             {"tranche", "the tranche concerned"}, {"bank_account", "for a refund"}, {"note", "the reason"},
                             {"posting_date", "the period it is booked in, if not the date's"}});
  change->add_option("change", change_kind, "amend, cancel, condition-met, condition-lapsed, refund, write-off")->required();
  change->callback([&g] {
    auto fields = fields_of(change_rc);
    fields.emplace_back("change", change_kind);
    g.exit_code = run_record(g, {{"changes.csv", {"", one_row_csv(fields)}}}, change_rc.locale, change_rc.format);
  });
  auto* receipt = app.add_subcommand("receipt", "money (or in-kind support) received for an agreement");
  auto* rec = add_record(*receipt, "record", "record a receipt; split across tranches oldest due first unless --allocate",
                         receipt_rc,
                         {{"id", "the receipt's id"}, {"cso", "the CSO"}, {"agreement", "the agreement paid"},
                          {"date", "when the money arrived"}, {"gross", "what the payer sent"},
                          {"bank_charges", "deducted by the banks"}, {"tax_withheld", "withheld by the payer"},
                          {"bank_account", "the account credited"}, {"bank_reference", "the bank's reference"},
                          {"posting_date", "the period it is booked in, if not the date's (a late receipt)"}});
  rec->add_option("--allocate", allocations, "TRANCHE:AMOUNT of the gross (repeat)");
  rec->callback([&g] {
    auto fields = fields_of(receipt_rc);
    std::string joined;
    for (const auto& a : allocations) joined += (joined.empty() ? "" : "|") + a;
    fields.emplace_back("allocation", joined);
    g.exit_code = run_record(g, {{"receipts.csv", {"", one_row_csv(fields)}}}, receipt_rc.locale, receipt_rc.format);
  });

  static VerifyArgs ver;
  auto* cmd_ver = app.add_subcommand("verify", "check every hash, the chain and every transaction");
  cmd_ver->add_option("--expect-head", ver.expect_head, "the head hash an auditor kept");
  cmd_ver->add_option("--migrated-from", ver.migrated_from, "the journal this one was migrated from: it must verify and match the line count and head the header records");
  cmd_ver->add_option("--format", ver.format, "table or json")->check(CLI::IsMember({"table", "json"}));
  cmd_ver->callback([&g] {
    auto r = run_verify(g, ver);
    g.exit_code = r ? *r : report(r.error());
  });
}

}  // namespace fl::cli

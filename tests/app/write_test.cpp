// The one write path (app/write.hpp): every writer's events are read back before they are
// appended, and the idempotency rule holds for imports and posts alike.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/import.hpp"
#include "app/journal_ops.hpp"
#include "app/records.hpp"
#include "io/event_codec.hpp"

namespace {

using namespace fl;

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A fresh journal in a temporary folder.
std::string fresh_journal(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("fundledger-app-test-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "j.jsonl").string();
  auto clock = *app::Clock::read("2026-11-28T08:00:00Z");
  REQUIRE(app::init_journal(path, app::InitOptions{}, clock));
  return path;
}

const app::Sources kParty{{"parties.csv", {"parties.csv", "id,kind,name,level\nGOV,government,Pemkab,district\n"}}};

// An encoder that loses nothing the decoder notices but changes the description: what would
// be written is not what was checked.
std::string faulty_encoder(const Transaction& t) {
  Transaction changed = t;
  changed.description += " (changed)";
  return io::encode_txn_body(changed, io::kJournalVersionLatest);  // init writes the latest version
}

}  // namespace

TEST_CASE("import reads back what it is about to write and refuses an encoding that differs") {
  const std::string path = fresh_journal("readback");
  const std::string before = read_all(path);
  app::ImportOptions options;
  options.write.encode = faulty_encoder;
  auto clock = *app::Clock::read("2026-11-28T09:00:00Z");
  auto done = app::import_sources(path, kParty, clock, options);
  // The row is refused (as every refusal of an import is), naming the member that differs.
  REQUIRE(done);
  for (const auto& e : done->refused) UNSCOPED_INFO(e.render());
  REQUIRE(done->refused.size() == 1);
  CHECK(done->refused[0].code() == Errc::internal);
  CHECK(done->refused[0].message().find("does not read back as written (description)") != std::string::npos);
  CHECK(done->added == 0);
  CHECK(read_all(path) == before);  // nothing was written

  options.write.encode = {};
  auto good = app::import_sources(path, kParty, clock, options);
  REQUIRE(good);
  CHECK(good->refused.empty());
  CHECK(good->added == 1);
}

TEST_CASE("one idempotency rule: the same event again is a no-op, other content under its id a conflict") {
  const std::string path = fresh_journal("idempotent");
  auto clock = *app::Clock::read("2026-11-28T09:00:00Z");
  REQUIRE(app::import_sources(path, kParty, clock, {})->added == 1);
  const std::string after_first = read_all(path);

  auto again = app::import_sources(path, kParty, clock, {});
  REQUIRE(again);
  CHECK(again->added == 0);
  CHECK(again->already == 1);

  const app::Sources renamed{{"parties.csv", {"parties.csv", "id,kind,name,level\nGOV,government,Pemkab Bogor,district\n"}}};
  auto other = app::import_sources(path, renamed, clock, {});
  REQUIRE(other);
  REQUIRE(other->refused.size() == 1);
  CHECK(other->refused[0].code() == Errc::conflict);
  CHECK(read_all(path) == after_first);

  // A post goes through the same rule.
  app::TransactionFlags t{"T-1", "2024-01-05", "", "opening", "", {"Assets:Bank:BJB 100 IDR", "Equity:Opening -100 IDR"}, ""};
  auto posted = app::post_flags(path, t, clock, {});
  REQUIRE(posted);
  CHECK(posted->booked.size() == 1);
  auto reposted = app::post_flags(path, t, clock, {});
  REQUIRE(reposted);
  CHECK(reposted->booked.empty());
  CHECK(reposted->already == 1);
  CHECK(reposted->already_seq == posted->first_seq);
}

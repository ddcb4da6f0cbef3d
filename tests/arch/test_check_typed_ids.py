"""The typed-ids check fails on a header that takes two adjacent text ids, and passes on typed
ids, on a single text id, on text that is not an id, and on the repository's own headers."""
import contextlib
import io
import pathlib
import shutil
import sys
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import check_typed_ids  # noqa: E402


class TypedIdsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp())
        for module in check_typed_ids.MODULES:
            (self.tmp / module).mkdir()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_check(self, root):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = check_typed_ids.main(root)
        return rc, out.getvalue()

    def header(self, module, text):
        (self.tmp / module / "x.hpp").write_text(text)

    def test_the_repository_passes(self):
        rc, out = self.run_check(ROOT / "ledger")
        self.assertEqual(rc, 0, out)

    def test_adjacent_text_ids_fail(self):
        self.header("engine", "// a posting\nPosting line(std::string_view account, const std::string& cso,\n"
                              "             const std::string& agreement = {});\n")
        rc, out = self.run_check(self.tmp)
        self.assertEqual(rc, 1)
        self.assertIn("x.hpp:2: error: adjacent text ids (const std::string& cso, const std::string& agreement)", out)

    def test_suffixed_names_and_views_fail(self):
        self.header("app", "Result<void> f(std::string_view from_bank_account, std::string to_bank_account);\n")
        rc, out = self.run_check(self.tmp)
        self.assertEqual(rc, 1, out)

    def test_typed_ids_pass(self):
        self.header("reports", "Posting line(std::string_view account, const PartyId& cso,\n"
                               "             const AgreementId& agreement = {}, const PartyId& counterparty = {});\n")
        self.assertEqual(self.run_check(self.tmp)[0], 0)

    def test_a_single_text_id_and_plain_text_pass(self):
        self.header("app", "const Recorded* recorded(const std::string& id) const;\n"
                           "Result<Written> post(const std::string& path, const std::string& text, const std::string& label);\n"
                           "// Result<void> g(const std::string& cso, const std::string& agreement);\n")
        self.assertEqual(self.run_check(self.tmp)[0], 0)


if __name__ == "__main__":
    unittest.main()

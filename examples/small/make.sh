#!/usr/bin/env bash
# Rebuilds journal.jsonl: two CSOs' bank accounts and a few receipts, in IDR and USD.
# The clock is fixed so the journal (and its head hash) come out the same every time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${FUNDLEDGER:-$here/../../build/release/ledger/cli/fundledger}
j=${1:-$here/journal.jsonl}
export FUNDLEDGER_NOW=2026-11-27T00:00:00Z
rm -f "$j"
fl() { "$bin" -f "$j" "$@" > /dev/null; }
fl init --ledger-id small-example --target 700000
fl post --id OB-3204 --date 2024-01-02 --description "Opening balance, Bank BJB" \
  --posting "Assets:Bank:BJB-3204 25000000 IDR cso=CSO-3204" \
  --posting "Equity:Opening -25000000 IDR cso=CSO-3204"
fl post --id OB-7371 --date 2024-01-02 --description "Opening balance, Bank Sulselbar" \
  --posting "Assets:Bank:SULSELBAR-7371 8000000 IDR cso=CSO-7371" \
  --posting "Assets:Bank:USD-7371 1200 USD cso=CSO-7371" \
  --posting "Equity:Opening -8000000 IDR cso=CSO-7371" \
  --posting "Equity:Opening -1200 USD cso=CSO-7371"
fl post --id RC-0001 --date 2024-01-15 --description "Pemkab Bandung, tranche 1, net of bank charge" \
  --posting "Assets:Bank:BJB-3204 14997500 IDR cso=CSO-3204 agreement=AG-3204-01 counterparty=PEMKAB-BANDUNG tranche=1" \
  --posting "Expenses:BankCharges 2500 IDR cso=CSO-3204 agreement=AG-3204-01 counterparty=PEMKAB-BANDUNG tranche=1" \
  --posting "Income:Grants:Government -15000000 IDR cso=CSO-3204 agreement=AG-3204-01 counterparty=PEMKAB-BANDUNG tranche=1"
fl post --id RC-0002 --date 2024-01-29 --description "PT Semen Tonasa CSR, in USD" \
  --posting "Assets:Bank:USD-7371 2500 USD cso=CSO-7371 agreement=AG-7371-01 counterparty=SEMEN-TONASA tranche=1" \
  --posting "Income:Grants:Company -2500 USD cso=CSO-7371 agreement=AG-7371-01 counterparty=SEMEN-TONASA tranche=1"
fl post --id FX-0001 --date 2024-02-05 --description "Convert USD 1,000 to IDR at 15,620" \
  --posting "Assets:Bank:USD-7371 -1000 USD cso=CSO-7371" \
  --posting "Equity:Conversion 1000 USD cso=CSO-7371" \
  --posting "Equity:Conversion -15620000 IDR cso=CSO-7371" \
  --posting "Assets:Bank:SULSELBAR-7371 15620000 IDR cso=CSO-7371"
fl post --id RC-0003 --date 2024-02-20 --posting-date 2024-03-01 \
  --description "Baznas Kota Makassar, zakat-funded grant, late posting" \
  --posting "Assets:Bank:SULSELBAR-7371 7500000 IDR cso=CSO-7371 agreement=AG-7371-02 counterparty=BAZNAS-MAKASSAR tranche=1" \
  --posting "Income:Grants:Philanthropy -7500000 IDR cso=CSO-7371 agreement=AG-7371-02 counterparty=BAZNAS-MAKASSAR tranche=1"
echo "$j"

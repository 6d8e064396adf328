#!/usr/bin/env bash
# The demo: the bundled sample mailbox (demo/mails) processed by `mailbot run-once`,
# with no server at all. Outgoing mail is written to demo-out/sent/ instead of SMTP.
# Everything it writes is under demo-out/ (recreated on every run).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/mailbot ]; then
  echo "Installing mailbot into .venv (once) ..."
  python3 -m venv .venv
  .venv/bin/pip install -q -e .
fi

rm -rf demo-out
mkdir -p demo-out/mailbox/new demo-out/mailbox/cur demo-out/mailbox/tmp
cp demo/mails/*.eml demo-out/mailbox/new/

# A fixed "now" (mid-January 2027) so the demo always runs before the registration deadline.
.venv/bin/mailbot run-once --config demo/config.toml --now 2027-01-15T12:00:00+01:00
echo
.venv/bin/python demo/show.py demo/config.toml

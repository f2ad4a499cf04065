#!/usr/bin/env bash
# Makes sure the two system programs the end-to-end tests drive are present:
#   chromium          - the taskpane and sidebar pages run in headless Chromium (playwright-core)
#   libreoffice-calc  - the real spreadsheet engine that recalculates our formulas
#   poppler-utils     - pdfinfo / pdftotext / pdftoppm: the print test counts pages and saves PNGs
#   fonts-crosextra-carlito - Calibri's metrics, so LibreOffice prints pages as Excel does (without
#                     it LibreOffice falls back to a wider font and every printed page shrinks)
# Installs them with apt-get when missing (as root, or through sudo); otherwise says what to run.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if ! { command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi carlito; }; then
  need+=(fonts-crosextra-carlito)
fi
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "Tests need: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
    echo "(Pengujian memerlukan ${need[*]}; pasang dengan perintah di atas.)" >&2
    exit 1
  fi
fi
echo "Installing ${need[*]} (apt-get) for the end-to-end tests..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
for p in "${need[@]}"; do
  if [ "$p" = libreoffice-calc ]; then
    $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
  else
    $SUDO apt-get install -y -qq "$p" >/dev/null
  fi
done

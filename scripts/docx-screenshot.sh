#!/usr/bin/env bash
# Pictures of the pages of a budget document's Word export, as LibreOffice lays them out:
#   scripts/docx-screenshot.sh FILE.budget.yaml OUT-DIR [DPI]
# writes OUT-DIR/NAME.docx, OUT-DIR/NAME.pdf and OUT-DIR/NAME-NN.png, one per page.
# Needs LibreOffice Writer and poppler (Debian: apt-get install -y libreoffice-writer-nogui
# fonts-noto-cjk poppler-utils), and dist/ built (npm run build). Not part of npm test.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: scripts/docx-screenshot.sh FILE.budget.yaml OUT-DIR [DPI]" >&2
  exit 2
fi
source=$1
out=$2
dpi=${3:-80}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "docx-screenshot: $tool is missing (apt-get install -y libreoffice-writer-nogui poppler-utils)" >&2; exit 2; }
done
here=$(cd "$(dirname "$0")/.." && pwd)
name=$(basename "$source" | sed -E 's/(\.budget)?\.ya?ml$//')
mkdir -p "$out"
# render exits 1 for a document with errors, having written the file all the same.
node "$here/dist/cli.js" render "$source" --format docx -o "$out/$name.docx" || [ $? -eq 1 ]
# A profile of its own, so a LibreOffice already open for the user is neither used nor disturbed.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/$name"
ls "$out/$name"-*.png

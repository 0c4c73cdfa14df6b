#!/usr/bin/env bash
# Walk every hostile article in a real terminal (tmux), as a user would, and check that no
# article changed the pane title or the clipboard (tmux buffers), that the reader never wrote
# to an article file, and that it is still running. Not part of `make test`: it needs tmux
# and takes a few minutes. Run from the repository root:  tests/tmux/walk_hostile.sh
set -euo pipefail

PYTHON=${PYTHON:-.venv/bin/python}
STEP=${STEP:-0.4}                  # seconds between keys; raise it on a slow machine
work=$(mktemp -d)
session="reader-hostile-$$"
socket="$work/tmux.sock"           # a private tmux server: the user's sessions are untouched
tm() { tmux -S "$socket" "$@"; }
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

"$PYTHON" tests/hostile.py "$work/articles" >/dev/null
articles=$("$PYTHON" -c "import sys; sys.path.insert(0, 'tests'); from hostile import CASES; print(sum(c.loads for c in CASES))")
sums() { find "$work/articles" -type f ! -name fifo.md -exec sha256sum {} + | sort; }
sums >"$work/before.sha256"

tm -f /dev/null new-session -d -s "$session" -x 120 -y 40
# Let programs set the title and the clipboard, so the check can fail: OSC 0/2 and OSC 52.
tm set -g set-clipboard on
tm set -g allow-rename on
tm set -g default-terminal tmux-256color
tm select-pane -t "$session" -T "untouched-title"

# Control: the same sequences printed by a shell do change title and buffers here.
tm new-window -d -t "$session" -n control \
    "printf '\033]2;control-title\033\\\\\033]52;c;Y29udHJvbA==\007'; sleep 2"
sleep 1
control_title=$(tm display -p -t "$session:control" '#{pane_title}')
control_buffers=$(tm list-buffers | wc -l)
echo "control: a shell's OSC 2 set the title to '$control_title'; OSC 52 made $control_buffers buffer(s)"
[ "$control_title" = "control-title" ] && [ "$control_buffers" -ge 1 ] || {
    echo "FAIL: this tmux ignores OSC 2/52, so the check below would prove nothing"; exit 1; }
tm delete-buffer 2>/dev/null || true
tm set-buffer -b sentinel "SENTINEL"
buffers_before=$(tm list-buffers -F '#{buffer_name}=#{buffer_sample}')
title_before=$(tm display -p -t "$session:0" '#{pane_title}')

tm respawn-pane -k -t "$session:0" \
    "READER_CACHE_DIR=$work/cache READER_STATE_DIR=$work/state $PYTHON -m reader $work/articles"
for _ in $(seq 60); do  # wait for the list
    sleep 1
    tm capture-pane -p -t "$session:0" | grep -q "of $articles articles" && break
done
tm capture-pane -p -t "$session:0" | grep -q "of $articles articles" || {
    echo "FAIL: the list never showed $articles articles"; tm capture-pane -p -t "$session:0"; exit 1; }
tm send-keys -t "$session:0" Escape  # close the "files could not be loaded" notice, if any
sleep "$STEP"

for row in $(seq "$articles"); do
    for key in Enter r Escape j; do
        tm send-keys -t "$session:0" "$key"
        sleep "$STEP"
    done
    [ "$(tm display -p -t "$session:0" '#{pane_dead}')" = "0" ] || {
        echo "FAIL: the reader exited at article $row"; exit 1; }
    title=$(tm display -p -t "$session:0" '#{pane_title}')
    [ "$title" = "$title_before" ] || { echo "FAIL: article $row set the title to '$title'"; exit 1; }
done
sleep 2
screen=$(tm capture-pane -p -t "$session:0")
title_after=$(tm display -p -t "$session:0" '#{pane_title}')
buffers_after=$(tm list-buffers -F '#{buffer_name}=#{buffer_sample}')
sums >"$work/after.sha256"

status=0
echo "walked $articles articles (Enter, r, Escape, j each)"
echo "pane title before: '$title_before'  after: '$title_after'"
echo "tmux buffers before: $buffers_before"
echo "tmux buffers after:  $buffers_after"
[ "$title_after" = "$title_before" ] || { echo "FAIL: the pane title changed"; status=1; }
[ "$buffers_after" = "$buffers_before" ] || { echo "FAIL: the clipboard (tmux buffers) changed"; status=1; }
if cmp -s "$work/before.sha256" "$work/after.sha256"; then
    echo "checksums of $(wc -l <"$work/before.sha256") files unchanged"
else
    echo "FAIL: article files changed"; diff "$work/before.sha256" "$work/after.sha256"; status=1
fi
[ "$(tm display -p -t "$session:0" '#{pane_dead}')" = "0" ] || { echo "FAIL: the reader is not running"; status=1; }
grep -q "of $articles articles" <<<"$screen" || { echo "FAIL: the list is not on screen:"; echo "$screen"; status=1; }
[ $status -eq 0 ] && echo "PASS"
exit $status

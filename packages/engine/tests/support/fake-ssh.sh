#!/bin/sh
# Stand-in for ssh in tests: skips ssh's options (rsync passes "-l user")
# and the host, then runs the command with sh on this machine, exactly as
# sshd hands it to the remote user's shell (arguments joined by spaces).
while [ "$#" -gt 0 ]; do
  case "$1" in
    -l|-p|-o|-i|-F) shift 2 ;;
    -*) shift ;;
    *) break ;;
  esac
done
shift # the host
exec sh -c "$*"

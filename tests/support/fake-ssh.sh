#!/bin/sh
# Stand-in for ssh in tests: ignores the host and runs the command with sh
# on this machine, exactly as sshd hands it to the remote user's shell
# (arguments joined by spaces). Used as DEPLOY_SSH / rsync -e.
shift
exec sh -c "$*"

#!/bin/sh
# Creates ./secrets with random passwords for docker-compose.yml (existing files are kept).
# Needs openssl. Prints where the operator credentials are; never prints them.
set -eu
cd "$(dirname "$0")/.."
umask 077
mkdir -p secrets
random() { openssl rand -base64 24 | tr -d '/+=' ; }
keep_or_make() { [ -s "secrets/$1" ] || printf '%s' "$2" > "secrets/$1"; }

keep_or_make declaration_db_admin_password "$(random)"
keep_or_make declaration_db_password "$(random)"
keep_or_make declaration_db_monitor_password "$(random)"
keep_or_make registry_db_password "$(random)"
keep_or_make grafana_admin_password "$(random)"

if [ ! -s secrets/connect_rest_credentials ]; then
  pw="$(random)"
  printf 'admin:%s' "$pw" > secrets/connect_rest_credentials
  printf 'admin: %s\n' "$pw" > secrets/connect_rest_users
fi
if [ ! -s secrets/registry_writers_htpasswd ]; then
  pw="$(random)"
  printf 'admin:%s' "$pw" > secrets/registry_writer_credentials
  printf 'admin:%s\n' "$(openssl passwd -apr1 "$pw")" > secrets/registry_writers_htpasswd
fi
keep_or_make console_session_secret "$(random)$(random)"
if [ ! -s secrets/console_accounts ]; then
  printf '%s\n' "# user:bcrypt-hash:AUTHORITY:ROLE+ROLE:language:time-zone (hash: sentinel console --hash-password)" \
    > secrets/console_accounts
fi
# containers read the secret files as their own (non-root) users
chmod 644 secrets/*
echo "secrets in $(pwd)/secrets (Connect REST: connect_rest_credentials, registry writes: registry_writer_credentials; console users: add them to console_accounts)"

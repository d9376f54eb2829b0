#!/usr/bin/env bash
# A private CA and one TLS certificate per NATS server, for the compose deployment.
#   deploy/scripts/gen-certs.sh <out-dir> <server-name>[@<cluster>]...
# e.g. deploy/scripts/gen-certs.sh deploy/certs hub-1@cellmesh-hub hub-2@cellmesh-hub eu-1.lan@eu-west eu-2.lan@eu-west
# With @<cluster> the certificate's subject is O=cellmesh, OU=route, CN=<cluster>: routes map it
# (verify_and_map) to the cluster's route identity, so only that cluster's servers can join it; a
# certificate of another site's server is refused (Authorization Violation) although the same CA signed it.
# Writes <out>/ca/ca.pem (+ ca-key.pem, keep it offline) and <out>/<name>/{server.pem,server-key.pem,ca.pem}.
# Server certificates carry serverAuth and clientAuth: the same certificate secures client
# connections, and authenticates the server on routes (mutual TLS) and leaf links.
# Re-running keeps an existing CA (so old certificates stay valid) and re-issues server certificates.
set -euo pipefail
out="${1:?usage: gen-certs.sh <out-dir> <server-name>...}"
shift
[ "$#" -gt 0 ] || { echo "gen-certs: name at least one server (e.g. hub-1)" >&2; exit 64; }
command -v openssl >/dev/null || { echo "gen-certs: openssl is required" >&2; exit 69; }
days="${CELLMESH_CERT_DAYS:-825}"
umask 077
mkdir -p "$out/ca"
if [ ! -f "$out/ca/ca.pem" ]; then
  openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes \
    -keyout "$out/ca/ca-key.pem" -out "$out/ca/ca.pem" \
    -subj "/O=cellmesh/CN=cellmesh deployment CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi
for spec in "$@"; do
  name="${spec%@*}"
  cluster=""
  [ "$spec" != "$name" ] && cluster="${spec#*@}"
  case "$name$cluster" in *[!A-Za-z0-9._-]*) echo "gen-certs: \"$spec\" is not <name>[@<cluster>] of letters, digits, '.', '-', '_'" >&2; exit 64;; esac
  dir="$out/$name"
  mkdir -p "$dir"
  san="DNS:${name},DNS:localhost,IP:127.0.0.1"
  subject="/O=cellmesh/CN=${name}"
  [ -n "$cluster" ] && subject="/O=cellmesh/OU=route/CN=${cluster}"
  openssl req -newkey rsa:2048 -sha256 -nodes -keyout "$dir/server-key.pem" -out "$dir/server.csr" -subj "$subject" 2>/dev/null
  openssl x509 -req -in "$dir/server.csr" -CA "$out/ca/ca.pem" -CAkey "$out/ca/ca-key.pem" -CAcreateserial \
    -out "$dir/server.pem" -days "$days" -sha256 \
    -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\nbasicConstraints=CA:FALSE\n' "$san") 2>/dev/null
  rm -f "$dir/server.csr"
  cp "$out/ca/ca.pem" "$dir/ca.pem"
  chmod 0644 "$dir/server.pem" "$dir/ca.pem"
  # nats-server in the official image runs as root, services as uid 1000: the key stays 0600 for the server only.
  openssl verify -CAfile "$out/ca/ca.pem" "$dir/server.pem" >/dev/null
  echo "gen-certs: $dir/server.pem ($san${cluster:+, route identity of $cluster})"
done
chmod 0644 "$out/ca/ca.pem"

#!/usr/bin/env bash
# What docker/compose.yaml runs, without Docker, and an update one node at a time under load
# (README, "More than one server"). The two nodes run with compose's command line and
# environment in network namespaces named app1 and app2 on one bridge, the database ("db") is
# the MariaDB/MySQL on 127.0.0.1:3306 (user root, no password), and the load balancer runs the
# given config as it is (default docker/haproxy.cfg; a file ending in .conf runs nginx).
# Five visitors (four keeping a session, one new each time) ask for the sign-in page every 0.2 s
# while app1, then app2, is stopped and started again; prints how many answers had which status.
#
# Needs root, iproute2, socat, curl and haproxy (or nginx) from Debian's packages, and a built
# portal: ./mvnw package -DskipTests. Usage, from the repository root:
#   src/test/scripts/rolling-restart.sh [load-balancer config]
# It adds app1, app2 and db to /etc/hosts while it runs and takes them out again at the end.
set -euo pipefail

config=$(realpath "${1:-docker/haproxy.cfg}")
root=$(pwd)
work=$root/target/rolling-restart
schema=reload_rolling
rm -rf "$work" && mkdir -p "$work"

cleanup() {
  pkill -f "clustername reload-rolling --name" || true
  while pgrep -f "clustername reload-rolling --name" > /dev/null; do sleep 0.5; done
  [ -f "$work/lb.pid" ] && kill "$(cat "$work/lb.pid")" 2>/dev/null || true
  pkill -f "socat TCP-LISTEN:3306,bind=10.200.0.1" || true
  for app in app1 app2; do
    ip netns del $app 2>/dev/null || true
    ip link del v-$app 2>/dev/null || true
  done
  ip link del br-reload 2>/dev/null || true
  sed -i '/ # rolling-restart$/d' /etc/hosts
  mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $schema" || true
}
trap cleanup EXIT

# the compose network: a bridge with the host side (database, load balancer) at 10.200.0.1
ip link add br-reload type bridge
ip addr add 10.200.0.1/24 dev br-reload
ip link set br-reload up
address=2
for app in app1 app2; do
  ip netns add $app
  ip link add v-$app type veth peer name eth0 netns $app
  ip link set v-$app master br-reload up
  ip netns exec $app ip addr add 10.200.0.$address/24 dev eth0
  ip netns exec $app ip link set eth0 up
  ip netns exec $app ip link set lo up
  echo "10.200.0.$address $app # rolling-restart" >> /etc/hosts
  address=$((address + 1))
done
echo "10.200.0.1 db # rolling-restart" >> /etc/hosts
socat TCP-LISTEN:3306,bind=10.200.0.1,fork,reuseaddr TCP:127.0.0.1:3306 &
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $schema; CREATE DATABASE $schema"

# a node as compose starts it, in a fresh root directory each time, as a new container would be
start_node() {
  local app=$1
  rm -rf "$work/$app" && mkdir -p "$work/$app/tmp"
  (ip netns exec $app env \
      DB_URL="jdbc:mysql://db:3306/$schema?sslMode=DISABLED&allowPublicKeyRetrieval=true" \
      DB_USER=root DB_PASSWORD= DB_CLASS=com.mysql.cj.jdbc.MysqlDataSource DEMO_DATA=false \
      FIRST_STAFF_EMAIL=lead@clinic.example FIRST_STAFF_PASSWORD=rolling-restart-check \
      TRUSTED_PROXIES=10.200.0.1 BASE_URL=http://localhost:8080/ SESSIONS_IN_CLUSTER=true \
      java -Xmx240m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC -Djava.io.tmpdir="$work/$app/tmp" \
      -jar "$root/target/payara-micro.jar" --deploy "$root/target/reload.war" --contextroot / \
      --rootdir "$work/$app/root" \
      --prebootcommandfile "$root/config/pre-boot-commands.asadmin" \
      --logproperties "$root/config/logging.properties" \
      --clustermode tcpip:app1:6900,app2:6900 --clustername reload-rolling --name $app \
      > "$work/$app.log" 2>&1 &)
}
await_ready() {
  until grep -q "Reload is ready" "$work/$1.log"; do sleep 1; done
}

start_node app1
start_node app2
case "$config" in
  *.conf) nginx -c "$config" -p "$work/" -g "pid $work/lb.pid; error_log $work/lb.log;" ;;
  *) haproxy -D -p "$work/lb.pid" -f "$config" > "$work/lb.log" 2>&1 ;;
esac
await_ready app1
await_ready app2
sleep 10 # the load balancer's checks find both nodes up

visitor() {
  local jar=$work/visitor-$1
  while [ ! -f "$work/done" ]; do
    if [ "$1" = 0 ]; then
      curl -s -o /dev/null -m 5 -w "%{http_code}\n" http://localhost:8080/login.xhtml
    else
      curl -s -o /dev/null -m 5 -b "$jar" -c "$jar" -w "%{http_code}\n" http://localhost:8080/login.xhtml
    fi >> "$work/answers"
    sleep 0.2
  done
}
visitors=()
for v in 0 1 2 3 4; do
  visitor $v &
  visitors+=($!)
done

sleep 10
for app in app1 app2; do
  pkill -TERM -f "clustername reload-rolling --name $app$"
  while pgrep -f "clustername reload-rolling --name $app$" > /dev/null; do sleep 0.5; done
  start_node $app
  sleep 2
  await_ready $app
  echo "$app restarted"
  sleep 15
done
touch "$work/done"
wait "${visitors[@]}"
echo "Answers through $(basename "$config") while app1, then app2, restarted (count, HTTP status):"
sort "$work/answers" | uniq -c

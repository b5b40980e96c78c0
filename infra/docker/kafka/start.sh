#!/bin/sh
# Advertise the address other services reach this container at (its private network address),
# unless KAFKA_ADVERTISED_LISTENERS is set; then run the image's own start script.
set -e
if [ -z "$KAFKA_ADVERTISED_LISTENERS" ]; then
  KAFKA_ADVERTISED_LISTENERS="PLAINTEXT://$(hostname -i | awk '{print $1}'):9092"
  export KAFKA_ADVERTISED_LISTENERS
fi
exec /etc/kafka/docker/run "$@"

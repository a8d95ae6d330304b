# coopcheck in a container: the executable of `make dist` (the Swift standard library, Foundation,
# libyaml, SQLite and libxml2 linked in statically; only glibc and libstdc++ are loaded from the
# system) on Debian slim, run in /data:
#
#   docker build -t coopcheck .
#   docker run --rm -v "$PWD:/data" coopcheck check --data submissions/dak-nong-2025
#
# The builder and the runtime are both Debian 12 (bookworm): the executable needs the glibc it was
# linked against (2.36) or a newer one, and the runtime image must not be older than the builder.
# SWIFT_IMAGE can name another swift:6.x-bookworm tag; a jammy or noble builder would need a
# runtime with at least its glibc.
ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
# The static archives the link takes: libyaml, SQLite, libxml2 (for Foundation's XMLParser, which
# reads workbooks) with the ICU, lzma and zlib it uses; make and strip.
RUN export DEBIAN_FRONTEND=noninteractive \
    && apt-get -q update \
    && apt-get -q install -y --no-install-recommends \
        make binutils pkg-config libyaml-dev libsqlite3-dev libxml2-dev libicu-dev liblzma-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# dist/ holds the tarball; what the runtime gets is exactly its content.
RUN make dist \
    && mkdir /out \
    && tar -xzf dist/coopcheck-*-linux-*.tar.gz -C /out --strip-components=1 \
    && /out/coopcheck --version

FROM ${RUNTIME_IMAGE}
COPY --from=build /out/ /opt/coopcheck/
RUN ln -s /opt/coopcheck/coopcheck /usr/local/bin/coopcheck && coopcheck --version
WORKDIR /data
ENTRYPOINT ["coopcheck"]
CMD ["--help"]

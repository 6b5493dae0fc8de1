# syntax=docker/dockerfile:1
# The newsgraph API. It needs a Neo4j 5 reachable through NEO4J_URI (see docker-compose.yml):
# the image has no Java, so it cannot run the local Neo4j that `npm start` runs outside Docker.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: "prepare" builds from src/, which is copied in the next step.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The /explore page: its browser code and the esbuild script that bundles it into dist/explore.
COPY web ./web
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time from the project root (dist/..): Cypher migrations, the seed articles and the
# example operations the playground opens as tabs.
COPY schema ./schema
COPY seed ./seed
COPY examples ./examples
USER node
EXPOSE 4000
# A larger young generation: a GraphQL request allocates a few MB that die with it, and fewer
# scavenges measured 15–20 % less CPU per request on a list of articles (see README, Performance).
CMD ["node", "--max-semi-space-size=32", "dist/cli/index.js", "start"]

export { ensureJars, libDir } from './jars.js';
export { findFreePort, findFreePorts, isPortFree } from './ports.js';
export {
  killLocalNeo4jSync,
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jStatus,
  type StartOptions,
  type StopOptions,
} from './launcher.js';
export { LocalNeo4jError } from './errors.js';

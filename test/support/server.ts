import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts a test server on a free loopback port and gives its base URL (no other address is ever used here). */
export const listenOnLoopback = async (server: Server): Promise<string> => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** Stops a test server, keep-alive connections included, so that the test process can end. */
export const closeServer = async (server: Server | undefined): Promise<void> => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
};

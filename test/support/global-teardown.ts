export default async function globalTeardown(): Promise<void> {
  await globalThis.__NETPUBLIC_TEST_DB__?.stop();
}

package io.reactiveorm.sqlite;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Test-only BlockHound integration: sqlite-jdbc blocks inside JNI calls that BlockHound cannot
 * see, so its native entry points (open, prepare, exec, step) are declared blocking. Any JDBC call
 * on a non-blocking thread (parallel, single) then fails with {@code BlockingOperationError}.
 */
public final class SqliteNativeBlockingIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    String nativeDb = "org.sqlite.core.NativeDB";
    builder.markAsBlocking(nativeDb, "_open_utf8", "([BI)V");
    builder.markAsBlocking(nativeDb, "prepare_utf8", "([B)J");
    builder.markAsBlocking(nativeDb, "_exec_utf8", "([B)I");
    builder.markAsBlocking(nativeDb, "step", "(J)I");
  }
}

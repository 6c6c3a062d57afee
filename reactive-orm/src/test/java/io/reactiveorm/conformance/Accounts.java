package io.reactiveorm.conformance;

import io.reactiveorm.Table;
import io.reactiveorm.Version;
import java.math.BigDecimal;

/** The writes reference model: a generated id, a database default, a non-null column and a version. */
public final class Accounts {
    private Accounts() {
    }

    /** An account; {@code status} defaults to 'new' in the database, {@code name} is NOT NULL. */
    @Table("account")
    public record Account(Long id, String name, BigDecimal balance, String status, @Version Long version) {

        /** @param name the name @param balance the balance @return a new, unsaved account */
        public static Account of(String name, String balance) {
            return new Account(null, name, new BigDecimal(balance), null, null);
        }

        /** @param balance the new balance @return this account with it */
        public Account withBalance(String balance) {
            return new Account(id, name, new BigDecimal(balance), status, version);
        }
    }
}

package io.reactiveorm.conformance;

import io.reactiveorm.BelongsTo;
import io.reactiveorm.ManyToMany;
import io.reactiveorm.Table;
import java.util.List;

/**
 * The shop reference model for writes of relations: a foreign key held only by its related object, the same table
 * with the key as an attribute too, and a many-to-many whose join table has no id of its own.
 */
public final class Shop {
    private Shop() {
    }

    /** A customer (id generated). */
    @Table("customer")
    public record Customer(Long id, String name) {
    }

    /** A product (id given). */
    @Table("product")
    public record Product(Long id, String name) {
    }

    /** A purchase: {@code customer_id} is set from the customer object only. */
    @Table("purchase")
    public record Purchase(Long id, String note, @BelongsTo(foreignKey = "customer_id") Customer customer,
                           @ManyToMany(joinTable = "purchase_product", joinColumn = "purchase_id",
                                   inverseJoinColumn = "product_id") List<Product> products) {

        /** @param note the note @param customer the customer @return a new, unsaved purchase */
        public static Purchase of(String note, Customer customer) {
            return new Purchase(null, note, customer, null);
        }
    }

    /** The purchase table with the foreign key as an attribute as well as the relation. */
    @Table("purchase")
    public record PurchaseRow(Long id, String note, Long customerId, @BelongsTo(foreignKey = "customer_id") Customer customer) {
    }
}

package io.reactiveorm.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.r2dbc.spi.Row;
import java.io.IOException;
import java.util.List;

/**
 * How a database builds JSON: objects, positional arrays, nested to-one values and ordered, limited collections,
 * and how each value kind is written so that it reads back exactly.
 *
 * @since 0.1
 */
public interface JsonSyntax {

    /**
     * @param keys the keys
     * @param values the SQL value expressions, one per key
     * @return an expression building one JSON object (chunked where the database limits arguments)
     */
    String object(List<String> keys, List<String> values);

    /**
     * @param values the SQL value expressions
     * @return an expression building one positional JSON array
     */
    String array(List<String> values);

    /**
     * @param subquery a parenthesised scalar subquery returning one JSON value or NULL
     * @return the expression to embed it in a parent object so that it stays JSON (not an escaped string)
     */
    default String nested(String subquery) {
        return subquery;
    }

    /**
     * @param query the collection to aggregate
     * @return a scalar expression returning a JSON array of the elements in order: {@code []} when there are none,
     *     never NULL
     */
    String collection(CollectionQuery query);

    /**
     * @param expression a column expression
     * @param kind the attribute's value kind
     * @return the expression to put inside JSON so the decoder reads the value back exactly
     */
    default String value(String expression, ValueKind kind) {
        return expression;
    }

    /**
     * Opens the JSON document in the first column of a result row. Called inside the row mapping callback.
     *
     * @param row the row
     * @param factory the factory to create the parser with
     * @return a parser positioned before the first token
     * @throws IOException if the parser cannot be created
     */
    default JsonParser parse(Row row, JsonFactory factory) throws IOException {
        String json = row.get(0, String.class);
        if (json == null) {
            throw new IOException("the JSON column is NULL");
        }
        return factory.createParser(json);
    }
}

package dev.promptsmith.store;

import dev.promptsmith.model.HumanReview;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading and writing rows of the {@code reviews} table. */
final class ReviewRows {

    private static final String UPSERT = "INSERT OR REPLACE INTO reviews (test_id, prompt_hash, model_id, output_hash,"
            + " thumbs_up, score, comment, updated_at, output) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ALL = "SELECT test_id, prompt_hash, model_id, output, thumbs_up, score, comment"
            + " FROM reviews ORDER BY test_id, updated_at";
    private static final String DELETE = "DELETE FROM reviews WHERE test_id = ? AND prompt_hash = ? AND model_id = ?"
            + " AND output_hash = ?";
    private static final String SELECT = "SELECT thumbs_up, score, comment FROM reviews WHERE test_id = ?"
            + " AND prompt_hash = ? AND model_id = ? AND output_hash = ?";

    private ReviewRows() {
    }

    /** Saves the review, or deletes it when it says nothing. */
    static void save(Connection connection, ReviewKey key, String output, HumanReview review, long now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(review.isEmpty() ? DELETE : UPSERT)) {
            bindKey(statement, key);
            if (!review.isEmpty()) {
                if (review.thumbsUp() == null) {
                    statement.setNull(5, Types.INTEGER);
                } else {
                    statement.setInt(5, review.thumbsUp() ? 1 : 0);
                }
                if (review.score() == null) {
                    statement.setNull(6, Types.REAL);
                } else {
                    statement.setDouble(6, review.score());
                }
                statement.setString(7, review.comment());
                statement.setLong(8, now);
                statement.setString(9, output == null ? "" : output);
            }
            statement.executeUpdate();
        }
    }

    /** Every review with the output it judged. */
    static List<StoredReview> all(Connection connection) throws SQLException {
        List<StoredReview> reviews = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ALL); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                int thumbs = row.getInt(5);
                Boolean thumbsUp = row.wasNull() ? null : thumbs == 1;
                double score = row.getDouble(6);
                Double scoreValue = row.wasNull() ? null : score;
                reviews.add(new StoredReview(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        new HumanReview(thumbsUp, scoreValue, row.getString(7))));
            }
        }
        return reviews;
    }

    static Optional<HumanReview> find(Connection connection, ReviewKey key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT)) {
            bindKey(query, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int thumbs = row.getInt(1);
                Boolean thumbsUp = row.wasNull() ? null : thumbs == 1;
                double score = row.getDouble(2);
                Double scoreValue = row.wasNull() ? null : score;
                return Optional.of(new HumanReview(thumbsUp, scoreValue, row.getString(3)));
            }
        }
    }

    private static void bindKey(PreparedStatement statement, ReviewKey key) throws SQLException {
        statement.setString(1, key.testId());
        statement.setString(2, key.promptHash());
        statement.setString(3, key.modelId());
        statement.setString(4, key.outputHash());
    }
}

package org.pravaas.voting.polling;

import java.util.Arrays;

/** Why a vote was not recorded: a message key and its arguments. */
public record Refusal(String messageKey, Object... args) {
    @Override
    public String toString() {
        return messageKey + Arrays.toString(args);
    }
}

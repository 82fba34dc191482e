package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An amount of money in whole units of its currency; the marketplace trades in Korean won only. */
public record Money(
        @JsonProperty("amount") long amount,
        @JsonProperty("currency") String currency) {

    public static final String KRW = "KRW";

    public Money {
        Checks.atLeast(amount, 0, "amount");
        Checks.present(currency, "currency");
        if (!KRW.equals(currency)) {
            throw new DomainValidationException("currency", "must be KRW, was " + currency);
        }
    }

    public static Money krw(long amount) {
        return new Money(amount, KRW);
    }
}

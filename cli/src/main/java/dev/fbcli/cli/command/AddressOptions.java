package dev.fbcli.cli.command;

import dev.fbcli.nlp.intent.Address;
import picocli.CommandLine.Option;

/** A client's billing address: {@code --street}, {@code --city}, {@code --province}, {@code --postal-code}, {@code --country}. */
public final class AddressOptions {
    @Option(names = "--street", paramLabel = "<street>", description = "Street and number.")
    String street;

    @Option(names = "--city", paramLabel = "<city>", description = "City.")
    String city;

    @Option(
            names = {"--province", "--state"},
            paramLabel = "<name>",
            description = "Province or state.")
    String province;

    @Option(
            names = {"--postal-code", "--zip"},
            paramLabel = "<code>",
            description = "Postal or ZIP code.")
    String postalCode;

    @Option(names = "--country", paramLabel = "<country>", description = "Country.")
    String country;

    /** The address given, or null when no part of it was. */
    public Address address() {
        return Address.of(street, city, province, postalCode, country);
    }
}

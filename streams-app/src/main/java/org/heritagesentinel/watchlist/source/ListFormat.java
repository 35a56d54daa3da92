package org.heritagesentinel.watchlist.source;

import java.util.function.Supplier;

/** The published list formats {@code watchlist import --format} and {@code watchlist sync} read. */
public enum ListFormat {
    /** FollowTheMoney entities, one JSON object a line (OpenSanctions {@code entities.ftm.json}). */
    FTM(FtmReader::new),
    /** UN Security Council consolidated list XML. */
    UN(UnListReader::new),
    /** OFAC SDN list XML ({@code sdn.xml}). */
    OFAC(OfacXmlReader::new),
    /** OFAC legacy delimited files: {@code sdn.csv} with {@code alt.csv} and {@code add.csv} beside it. */
    OFAC_CSV(OfacCsvReader::new);

    private final Supplier<ListReader> reader;

    ListFormat(Supplier<ListReader> reader) {
        this.reader = reader;
    }

    ListReader reader() {
        return reader.get();
    }
}

package org.heritagesentinel.serde;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.EntryCodec;

/** The match index's entries in plain Avro binary, the encoding of the watchlist store's changelog. */
public final class AvroEntryCodec implements EntryCodec {
    private final Serializer<WatchlistEntry> encoder;
    private final Deserializer<WatchlistEntry> decoder;

    public AvroEntryCodec() {
        InternalAvroSerde<WatchlistEntry> serde = new InternalAvroSerde<>(WatchlistEntry.class);
        this.encoder = serde.serializer();
        this.decoder = serde.deserializer();
    }

    @Override
    public byte[] encode(WatchlistEntry entry) {
        return encoder.serialize(null, entry);
    }

    @Override
    public WatchlistEntry decode(byte[] encoding) {
        return decoder.deserialize(null, encoding);
    }
}

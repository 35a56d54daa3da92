package org.heritagesentinel.watchlist;

import org.heritagesentinel.avro.WatchlistEntry;

/**
 * How the match index holds an entry compactly: the index keeps encodings and decodes only its
 * candidates. The index does not know the encoding (the serde package provides the Avro one), so
 * matching stays free of the transport.
 */
public interface EntryCodec {
    byte[] encode(WatchlistEntry entry);

    WatchlistEntry decode(byte[] encoding);
}

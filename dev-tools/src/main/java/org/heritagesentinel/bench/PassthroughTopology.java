package org.heritagesentinel.bench;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.serde.AvroSerdeFactory;

/**
 * The reference of the benchmark: read a declaration, decode it through the registry serde, encode
 * it again and write it, with the same processing guarantee and settings as the screening
 * application. What this reaches is the practical limit of the broker, the serde and Kafka Streams
 * on the machine; screening is measured against it.
 */
public final class PassthroughTopology {
    private PassthroughTopology() {
    }

    public static Topology build(String input, String output, AvroSerdeFactory serdes) {
        Serde<CustomsDeclaration> declarations = serdes.value(CustomsDeclaration.class);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), declarations).withName("passthrough-source"))
            .to(output, Produced.with(Serdes.String(), declarations).withName("passthrough-sink"));
        return builder.build();
    }
}

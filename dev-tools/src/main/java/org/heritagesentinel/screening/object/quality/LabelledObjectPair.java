package org.heritagesentinel.screening.object.quality;

import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;

/** A declared item, a listed object, and whether the item is that object. */
record LabelledObjectPair(DeclarationItem declared, ObjectDescription listed, boolean match) {
}

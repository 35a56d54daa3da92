package org.heritagesentinel.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentCacheSpec {

    private final List<String> computed = new ArrayList<>();
    private final Function<String, Integer> length = key -> {
        computed.add(key);
        return key.length();
    };

    @Test
    void shouldComputeAValueOnceWhileItIsMetAgain() {
        RecentCache<String, Integer> cache = new RecentCache<>(2);
        assertThat(cache.get("Khoury", length)).isEqualTo(6);
        assertThat(cache.get("Khoury", length)).isEqualTo(6);
        assertThat(computed).containsExactly("Khoury");
    }

    @Test
    void shouldKeepWhatIsMetOftenWhenFullAndForgetWhatIsNot() {
        RecentCache<String, Integer> cache = new RecentCache<>(2);
        cache.get("Mohammed", length);
        cache.get("Goudsmit", length);
        // full: a new generation starts; the previous one still answers, and what it answers moves back
        cache.get("Zelenika", length);
        cache.get("Mohammed", length);
        // full again: "Goudsmit", not met since, is forgotten; "Mohammed" is not
        cache.get("Vedder", length);
        computed.clear();
        cache.get("Mohammed", length);
        cache.get("Goudsmit", length);
        assertThat(computed).containsExactly("Goudsmit");
    }

    @Test
    void shouldComputeAgainAfterBeingCleared() {
        RecentCache<String, Integer> cache = new RecentCache<>(2);
        cache.get("Mohammed", length);
        cache.get("Goudsmit", length);
        cache.get("Zelenika", length);
        cache.clear();
        cache.get("Goudsmit", length);
        cache.get("Zelenika", length);
        assertThat(computed).containsExactly("Mohammed", "Goudsmit", "Zelenika", "Goudsmit", "Zelenika");
    }

    @Test
    void shouldRefuseANonPositiveCapacity() {
        assertThatThrownBy(() -> new RecentCache<String, Integer>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

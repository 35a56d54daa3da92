package org.heritagesentinel.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.heritagesentinel.cli.SentinelCli;
import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AclPlanSpec {
    private final SentinelConfig config = ConfigLoader.defaultsOnly();

    @Test
    void shouldLetAnAuthorityReadItsOwnAlertViewAndNothingElse() {
        List<AclBinding> acls = AclPlan.forAuthority(config, "jo", "User:authority-jo");

        assertThat(acls).extracting(a -> a.pattern().resourceType() + " " + a.pattern().name() + " " + a.entry().operation())
            .containsExactlyInAnyOrder("TOPIC alerts.jo.v1 READ", "GROUP alerts.jo.v1 READ");
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().declarations()));
        assertThat(acls).noneMatch(a -> a.pattern().name().equals(config.topics().alertsFor("LB")));
    }

    @Test
    void shouldGiveTheApplicationItsInputsOutputsAndPrefixedInternalsOnly() {
        List<AclBinding> acls = AclPlan.forApplication(config, "User:heritage-sentinel");

        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().declarations(), AclOperation.READ));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().alerts(), AclOperation.WRITE));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TOPIC, config.topics().alertsFor("JO"), AclOperation.WRITE));
        assertThat(acls).anyMatch(a -> is(a, ResourceType.TRANSACTIONAL_ID, "heritage-sentinel", AclOperation.WRITE)
            && a.pattern().patternType() == PatternType.PREFIXED);
        assertThat(acls).noneMatch(a -> is(a, ResourceType.TOPIC, config.topics().declarations(), AclOperation.WRITE));
        assertThat(acls).noneMatch(a -> a.pattern().resourceType() == ResourceType.CLUSTER);
        assertThat(acls).noneMatch(a -> a.entry().operation() == AclOperation.ALL);
    }

    @Test
    void shouldPrintTheAclsOfAnAuthority() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SentinelCli());
        cli.setOut(new PrintWriter(out, true));

        int rc = cli.execute("acl", "print", "--authority", "JO");

        assertThat(rc).isZero();
        assertThat(out.toString()).contains("User:authority-jo").contains("alerts.jo.v1").doesNotContain("customs.declarations");
    }

    private static boolean is(AclBinding acl, ResourceType type, String name, AclOperation op) {
        return acl.pattern().resourceType() == type && acl.pattern().name().equals(name) && acl.entry().operation() == op;
    }
}

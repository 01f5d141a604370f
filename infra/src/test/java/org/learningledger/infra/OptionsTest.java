package org.learningledger.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Set<String> KNOWN = Set.of("dir", "port");

    @Test
    void argumentsWinOverEnvironmentWhichWinsOverDefaults() {
        Map<String, String> env = Map.of("LEDGER_PG_PORT", "6000", "LEDGER_HOME", "/srv/ledger");

        Options none = Options.parse(new String[0], Map.of(), KNOWN);
        Options fromEnv = Options.parse(new String[0], env, KNOWN);
        Options fromArgs = Options.parse(new String[] {"--port", "7000", "--dir", "/tmp/x"}, env, KNOWN);

        assertEquals(5433, none.port("port", "LEDGER_PG_PORT", 5433));
        assertEquals(6000, fromEnv.port("port", "LEDGER_PG_PORT", 5433));
        assertEquals(7000, fromArgs.port("port", "LEDGER_PG_PORT", 5433));
        assertEquals(Path.of("/srv/ledger/postgres"), fromEnv.dir("postgres"));
        assertEquals(Path.of("/tmp/x"), fromArgs.dir("postgres"));
        assertEquals(Path.of(System.getProperty("user.home"), ".ledger", "kafka").toAbsolutePath(), none.dir("kafka"));
    }

    @Test
    void rejectsTyposMissingValuesAndBadPorts() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--prot", "1"}, Map.of(), KNOWN));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--port"}, Map.of(), KNOWN));
        Options bad = Options.parse(new String[] {"--port", "99999"}, Map.of(), KNOWN);
        assertThrows(IllegalArgumentException.class, () -> bad.port("port", "LEDGER_PG_PORT", 5433));
    }
}

package org.learningledger.query.rebuild;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin only: rebuild the read models from history while the live ones keep answering, then switch. */
@RestController
@RequestMapping("/api/admin/rebuilds")
class RebuildController {

    /** The models one can rebuild. All read models share one intake and its bookkeeping, so: all of them. */
    static final String ALL = "all";

    private final Rebuilds rebuilds;
    private final RebuildRecords records;

    RebuildController(Rebuilds rebuilds, RebuildRecords records) {
        this.rebuilds = rebuilds;
        this.records = records;
    }

    @PostMapping
    ResponseEntity<Rebuild.View> start(@RequestBody(required = false) Map<String, Object> body,
            Authentication authentication) {
        requireAdmin(authentication);
        Object model = body == null ? null : body.get("model");
        if (!ALL.equals(model)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Field 'model' must be one of [" + ALL + "].");
            problem.setTitle("Invalid request field");
            problem.setProperty("errors", java.util.List.of(Map.of("field", "model", "rule", "oneOf",
                    "message", "must be one of [" + ALL + "]")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        Rebuild rebuild = rebuilds.start(ALL);
        return ResponseEntity.accepted().location(URI.create("/api/admin/rebuilds/" + rebuild.id)).body(rebuild.view());
    }

    /** From the database: the rebuild may run on another instance behind the same load balancer. */
    @GetMapping("/{id}")
    Rebuild.View get(@PathVariable UUID id, Authentication authentication) {
        requireAdmin(authentication);
        return records.find(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND,
                "No rebuild with this id."));
    }

    private static void requireAdmin(Authentication authentication) {
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_admin".equals(a.getAuthority()));
        if (!admin) {
            throw problem(HttpStatus.FORBIDDEN, "Only an admin may rebuild read models.");
        }
    }

    static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}

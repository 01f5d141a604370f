package org.learningledger.query.report;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import org.learningledger.events.report.Receipts;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Sight;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporter's view of their report, by the receipt code alone (no sign-in: the code is the only key, and a
 * token would name the reporter). A wrong or malformed code answers as an unknown report does; too many of
 * them from one address, 429. The code is hashed as the command side hashed it and never kept or logged.
 */
@RestController
class ReceiptController {

    private final ReportQueries queries;
    private final ReceiptGuesses guesses;

    ReceiptController(ReportQueries queries, ReceiptGuesses guesses) {
        this.queries = queries;
        this.guesses = guesses;
    }

    @GetMapping("/api/reports/receipts/{code}")
    @SecurityRequirements // none: the code alone opens it
    ReceiptView byReceipt(@PathVariable String code, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        guesses.waitFor(address).ifPresent(wait -> {
            throw new TooManyWrongCodesException(wait);
        });
        return Receipts.normalise(code).map(Receipts::hash).flatMap(queries::byReceiptHash)
                .filter(r -> Sight.ofReceiptHolder(Item.report(r.report().regionId(), r.stopped())).any())
                .map(r -> ReceiptView.of(r.report()))
                .orElseThrow(() -> {
                    guesses.wrongCode(address);
                    return new ReportNotFoundException();
                });
    }
}

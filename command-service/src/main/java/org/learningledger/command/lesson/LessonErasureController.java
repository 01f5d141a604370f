package org.learningledger.command.lesson;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.WholeErasure;
import org.learningledger.command.keys.KeyStatus;
import org.learningledger.command.organisation.Actors;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.lesson.LessonCommands.EraseLesson;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure of a lesson's title, summary and practice, drafted or approved: a reviewer of its region (a mistake,
 * identifying details) or an administrator (a data-subject request); anyone else gets the unseen 404. The
 * request's rules are checked with the token's role before dispatch. Answers the erased item's key and when.
 */
@RestController
class LessonErasureController {

    private final CommandGateway commands;
    private final Directory directory;
    private final KeyStatus keys;

    LessonErasureController(CommandGateway commands, Directory directory, KeyStatus keys) {
        this.commands = commands;
        this.directory = directory;
        this.keys = keys;
    }

    @PostMapping("/api/lessons/{id}/erasure")
    Map<String, Object> erase(@AuthenticationPrincipal Jwt jwt, Authentication authentication, @PathVariable UUID id,
                              @Valid @RequestBody WholeErasure body) {
        UserId actor = Actors.of(jwt);
        Erasure erasure = ErasureRules.reviewerErasure(actor, Actors.isAdministrator(authentication), body.reason(),
                body.reference());
        ContentItem item = ContentItem.lesson(id);
        Instant at = commands.sendAndWait(new EraseLesson(new LessonId(id), erasure, keys.exists(item),
                directory.reviewershipsOf(actor)));
        return Map.of("item", item.key(), "erasedAt", at.toString());
    }
}

package org.learningledger.query.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

class PageTest {

    private static final List<String> ITEMS = List.of("a", "b", "c", "d", "e");

    @BeforeEach
    void request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/learnings");
        request.setQueryString("tier=NATION");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void givenALongList_whenFollowingNextLinks_thenEveryItemOnceInOrder() {
        ResponseEntity<List<String>> page = Page.of(ITEMS, Function.identity(), 2, null);
        List<String> seen = new ArrayList<>(page.getBody());
        while (page.getHeaders().getFirst("Link") != null) {
            String link = page.getHeaders().getFirst("Link");
            assertThat(link).endsWith("; rel=\"next\"").contains("tier=NATION").contains("limit=2");
            page = Page.of(ITEMS, Function.identity(), 2, cursorOf(link));
            seen.addAll(page.getBody());
        }
        assertThat(seen).containsExactlyElementsOf(ITEMS);
    }

    @Test
    void givenNoLimit_thenAtMostTheDefault_andNoLinkWhenAllFit() {
        ResponseEntity<List<String>> page = Page.of(ITEMS, Function.identity(), null, null);
        assertThat(page.getBody()).hasSize(5);
        assertThat(page.getHeaders().getFirst("Link")).isNull();
    }

    @Test
    void givenAnItemAddedBeforeTheCursor_whenTheNextPageIsRead_thenNothingRepeatsOrIsSkipped() {
        String cursor = cursorOf(Page.of(ITEMS, Function.identity(), 2, null).getHeaders().getFirst("Link"));
        List<String> grown = List.of("new", "a", "b", "c", "d", "e");

        assertThat(Page.of(grown, Function.identity(), 2, cursor).getBody()).containsExactly("c", "d");
    }

    @Test
    void givenALimitOutOfRangeOrAForeignOrStaleCursor_then400NamingTheParameter() {
        for (Integer limit : new Integer[] {0, 501}) {
            assertThatThrownBy(() -> Page.of(ITEMS, Function.identity(), limit, null))
                    .isInstanceOfSatisfying(ErrorResponseException.class, e ->
                            assertThat(e.getBody().getProperties().toString()).contains("field=limit"));
        }
        assertThatThrownBy(() -> Page.of(ITEMS, Function.identity(), 2, "%%%"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e ->
                        assertThat(e.getBody().getProperties().toString()).contains("field=cursor", "rule=format"));
        String gone = Base64.getUrlEncoder().withoutPadding().encodeToString("zzz".getBytes());
        assertThatThrownBy(() -> Page.of(ITEMS, Function.identity(), 2, gone))
                .isInstanceOfSatisfying(ErrorResponseException.class, e ->
                        assertThat(e.getBody().getProperties().toString()).contains("rule=current"));
    }

    private static String cursorOf(String link) {
        return UriComponentsBuilder.fromUriString(link.substring(1, link.indexOf('>'))).build()
                .getQueryParams().getFirst("cursor");
    }
}

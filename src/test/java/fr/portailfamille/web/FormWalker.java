package fr.portailfamille.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reads the forms of a rendered page (jsoup) and submits one as a browser would: every field with the value the
 * page gave it, the checked boxes, the selected options, the first submit button. Fields the page leaves empty
 * (a new item's name, an amount) are filled by {@code fill}; checkboxes whose value is one of the test's own ids
 * are ticked. The CSRF token is MockMvc's.
 */
final class FormWalker {

    private static final Pattern NUMBER = Pattern.compile("^\\d+$");

    /** What {@link #tainted} puts in every typed value: NUL, bell, escape and a C1 control character. */
    static final String CONTROL = "\u0000\u0007\u001b\u0085";

    private final MockMvc mvc;
    private final RequestPostProcessor user;
    private final boolean tainted;

    FormWalker(MockMvc mvc, RequestPostProcessor user) {
        this(mvc, user, false);
    }

    private FormWalker(MockMvc mvc, RequestPostProcessor user, boolean tainted) {
        this.mvc = mvc;
        this.user = user;
        this.tainted = tainted;
    }

    /** The same walker, typing control characters into every text field (inside the value, as a paste would). */
    FormWalker tainted() {
        return new FormWalker(mvc, user, true);
    }

    record Form(String page, Element element) {

        String method() {
            return element.attr("method").isBlank() ? "get" : element.attr("method").toLowerCase();
        }

        String action() {
            String action = element.attr("action");
            return action.isBlank() ? page : action;
        }

        /** The action with its numeric segments replaced by {id}: the same form for another item. */
        String shape() {
            return method() + " " + URI.create(action()).getPath().replaceAll("/\\d+(?=/|$)", "/{id}")
                    .replaceAll("/\\d{4}-\\d{2}-\\d{2}(?=/|$)", "/{day}");
        }

        /** A file import (a file is its only field): walked by the tests of that import, which bring a real file. */
        boolean needsAFile() {
            var fields = element.select("input:not([type=hidden]):not([type=submit]), select, textarea");
            return !fields.isEmpty() && fields.stream().allMatch(f -> "file".equals(f.attr("type")));
        }

        /** Whether every id in the action's path is one of {@code own}. */
        boolean actsOnlyOn(Set<Long> own) {
            for (String segment : URI.create(action()).getPath().split("/")) {
                if (NUMBER.matcher(segment).matches() && !own.contains(Long.parseLong(segment))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A set of ids of different kinds (a household and a child may share a number). */
    static Set<Long> ids(long... ids) {
        Set<Long> set = new java.util.HashSet<>();
        for (long id : ids) {
            set.add(id);
        }
        return set;
    }

    String html(String page) throws Exception {
        var response = mvc.perform(get(page).with(user)).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + page + " answered " + response.getStatus());
        }
        return response.getContentAsString();
    }

    List<Form> forms(String page) throws Exception {
        List<Form> forms = new ArrayList<>();
        for (Element form : Jsoup.parse(html(page)).select("main form")) {
            forms.add(new Form(page, form));
        }
        return forms;
    }

    /**
     * The values a browser would send; the empty fields named in {@code refill} are filled by {@code fill} (a select
     * gets its first real option).
     */
    static List<Map.Entry<String, String>> values(Element form, Set<Long> own, Set<String> refill,
                                                  Function<Element, String> fill) {
        List<Map.Entry<String, String>> values = new ArrayList<>();
        for (Element field : form.select("input, select, textarea")) {
            String name = field.attr("name");
            if (name.isBlank() || field.hasAttr("disabled") || name.equals("_csrf")) {
                continue;
            }
            String type = field.attr("type").toLowerCase();
            switch (field.tagName()) {
                case "select" -> {
                    Element chosen = field.selectFirst("option[selected]");
                    for (Element option : field.select("option")) {
                        if (isOwn(option.attr("value"), own)) {
                            chosen = option;
                        }
                    }
                    if (chosen == null) {
                        chosen = field.selectFirst("option");
                    }
                    if (chosen != null && chosen.attr("value").isBlank() && refill.contains(name)) {
                        chosen = field.selectFirst("option[value~=.+]");
                    }
                    if (chosen != null) {
                        values.add(Map.entry(name, chosen.attr("value")));
                    }
                }
                case "textarea" -> values.add(Map.entry(name,
                        field.text().isBlank() && refill.contains(name) ? fill.apply(field) : field.text()));
                default -> {
                    switch (type) {
                        case "submit", "button", "image", "reset", "file" -> {
                        }
                        case "checkbox", "radio" -> {
                            if (field.hasAttr("checked") || isOwn(field.val(), own)) {
                                values.add(Map.entry(name, field.hasAttr("value") ? field.val() : "on"));
                            }
                        }
                        case "hidden" -> values.add(Map.entry(name, field.val()));
                        default -> values.add(Map.entry(name,
                                field.val().isBlank() && refill.contains(name) ? fill.apply(field) : field.val()));
                    }
                }
            }
        }
        // the form's main button (a search button may come first)
        Element button = form.selectFirst("button.button-primary:not([type=button])");
        if (button == null) {
            button = form.selectFirst("button:not([type=button]):not([type=reset]), input[type=submit]");
        }
        if (button != null && !button.attr("name").isBlank()) {
            values.add(Map.entry(button.attr("name"), button.attr("value")));
        }
        return values;
    }

    private static boolean isOwn(String value, Set<Long> own) {
        return NUMBER.matcher(value).matches() && value.length() < 18 && own.contains(Long.parseLong(value));
    }

    /** The names of the fields a re-rendered form marks as wrong. */
    static Set<String> fieldsInError(String html) {
        Set<String> names = new java.util.LinkedHashSet<>();
        var page = Jsoup.parse(html);
        page.select("[aria-invalid=true][name]").forEach(e -> names.add(e.attr("name")));
        page.select(".field-error[id$=-erreur]").forEach(e -> {
            String id = e.id().substring(0, e.id().length() - "-erreur".length());
            var field = page.getElementById(id);
            names.add(field != null && field.hasAttr("name") ? field.attr("name") : id);
        });
        return names;
    }

    /** The names of the fields the form leaves empty. */
    static Set<String> emptyFields(Element form) {
        Set<String> names = new java.util.LinkedHashSet<>();
        values(form, Set.of(), Set.of(), f -> "").forEach(e -> {
            if (e.getValue().isBlank()) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    MvcResult submit(Form form, Set<Long> own, Set<String> refill, Function<Element, String> fill) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        String action = form.action();
        boolean multipartForm = "multipart/form-data".equalsIgnoreCase(form.element().attr("enctype"));
        if (form.method().equals("get")) {
            request = get(action);
        } else if (multipartForm) {
            request = multipart(action);
        } else {
            request = post(action);
        }
        Set<String> typed = new java.util.HashSet<>();
        form.element().select("input:not([type]), input[type=text], input[type=email], input[type=tel], "
                + "input[type=search], input[type=date], input[type=month], textarea").forEach(f -> typed.add(f.attr("name")));
        for (var entry : values(form.element(), own, refill, fill)) {
            String value = entry.getValue();
            if (tainted && typed.contains(entry.getKey()) && !value.isEmpty()) {
                value = value.substring(0, 1) + CONTROL + value.substring(1);
            }
            request.param(entry.getKey(), value);
        }
        return mvc.perform(request.with(user).with(csrf())).andReturn();
    }

    /** Fills an empty field from its name and type: unique where the portal wants unique values. */
    static Function<Element, String> defaultFill(LocalDate today) {
        AtomicInteger n = new AtomicInteger((int) (System.nanoTime() % 10_000));
        return field -> {
            int i = n.incrementAndGet();
            String name = field.attr("name");
            return switch (name) {
                case "login" -> "agent.essai." + i;
                case "quotientMin" -> Integer.toString(20_000 + i);
                case "minAge" -> "3";
                case "maxAge" -> "12";
                case "dailyCapacity" -> "10";
                case "start" -> today.plusDays(1).toString();
                case "end" -> today.plusDays(20).toString();
                case "jour" -> today.plusDays(30 + i % 300).toString();
                case "amount", "resident", "nonResident" -> "1,00";
                case "postalCode" -> "44100";
                case "phoneMobile", "phoneHome", "phoneWork", "doctorPhone" -> "06 12 34 56 78";
                case "referenceIncome" -> "25 400,00";
                case "taxParts" -> "2";
                case "taxYear" -> Integer.toString(today.getYear() - 1);
                case "quotient" -> "800";
                case "quotientSince" -> today.minusDays(30).toString();
                case "allowanceNumber" -> "1234567";
                case "iban" -> "FR76 3000 6000 0112 3456 7890 189";
                case "bic" -> "AGRIFRPP";
                case "schoolYear" -> (today.getYear() - 1) + "-" + today.getYear();
                default -> switch (field.attr("type")) {
                    case "date" -> today.toString();
                    case "month" -> today.toString().substring(0, 7);
                    case "email" -> "essai" + i + "@example.org";
                    default -> "decimal".equals(field.attr("inputmode")) ? "1,00"
                            : "numeric".equals(field.attr("inputmode")) ? "1" : "Essai " + i;
                };
            };
        };
    }
}

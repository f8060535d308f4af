import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening-rush benchmark (run by bench/rush/run.sh): logs every family in through the real login form, then
 * fires one "Demande de réservation" per family for the same day at the same instant, through the real agenda
 * endpoint (session cookie, CSRF token, all server checks). Then times the agenda page under load.
 *
 * java Rush.java BASE_URL families.csv ACTIVITY_ID DAY PASSWORD [agendaClients] [agendaSeconds]
 */
public class Rush {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("PFSESSION=([^;]+)");
    static final Pattern REFRESH = Pattern.compile("http-equiv=\"refresh\"\\s+content=\"(\\d+)\"");
    static final Pattern POSITION = Pattern.compile("position (\\d+)");

    record Family(String login, long childId, long accountId) {
    }

    record Session(Family family, String cookie, String csrf) {
    }

    record Sample(int status, long nanos, String location, int attempts) {
    }

    /** Retries (failover runs): a request that got no answer or a 5xx is sent again, same session and token. */
    static final int ATTEMPTS = Integer.getInteger("rush.attempts", 1);

    static final int LOGIN_THREADS = Integer.getInteger("rush.login-threads", 4);
    /** Families come back with their « Rester connecté » device cookie (seeded) instead of typing the password. */
    static final boolean DEVICE = Boolean.getBoolean("rush.device");
    /** Time to the answer of each login post (immediate in the waiting room), and how many were queued. */
    static final List<Long> LOGIN_ANSWERS = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger QUEUED = new AtomicInteger();
    static final AtomicInteger LOGIN_FAILURES = new AtomicInteger();
    /** Time to the answer of each login page (GET /connexion) before the post. */
    static final List<Long> LOGIN_PAGES = Collections.synchronizedList(new ArrayList<>());

    /** The waiting room: one line per queued login, to check that they were admitted in their order. */
    record Queued(long ticketAt, long admittedSeenAt, int refreshSeconds, int firstPosition) {
    }

    static final List<Queued> QUEUE = Collections.synchronizedList(new ArrayList<>());

    static HttpClient client;
    static String base;

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) { // the source launcher hides the exception of a failed CompletableFuture
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        List<Family> families = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] p = line.split(",");
            families.add(new Family(p[0], Long.parseLong(p[1]), p.length > 2 ? Long.parseLong(p[2]) : 0));
        }
        long activity = Long.parseLong(args[2]);
        String day = args[3];
        String password = args[4];
        int agendaClients = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        int agendaSeconds = args.length > 6 ? Integer.parseInt(args[6]) : 15;
        String month = day.substring(0, 7);

        ExecutorService io = Executors.newFixedThreadPool(64);
        client = HttpClient.newBuilder().executor(io).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(60)).version(HttpClient.Version.HTTP_1_1).build();

        // 1. log every family in (not timed as part of the rush: Argon2id on purpose costs ~50 ms each)
        System.out.printf("Logging in %d families…%n", families.size());
        long loginStart = System.nanoTime();
        ExecutorService loginPool = Executors.newFixedThreadPool(LOGIN_THREADS);
        List<CompletableFuture<Session>> logins = new ArrayList<>();
        List<Long> loginTimes = Collections.synchronizedList(new ArrayList<>());
        for (Family f : families) {
            logins.add(CompletableFuture.supplyAsync(() -> {
                long t = System.nanoTime();
                Session session = null;
                for (int attempt = 1; session == null; attempt++) { // a failed login is tried again, twice
                    try {
                        session = login(f, password, activity, month, day);
                    } catch (RuntimeException e) {
                        LOGIN_FAILURES.incrementAndGet();
                        if (attempt == 3) {
                            throw e;
                        }
                    }
                }
                loginTimes.add(System.nanoTime() - t);
                return session;
            }, loginPool));
        }
        List<Session> sessions = new ArrayList<>();
        for (var l : logins) {
            sessions.add(l.join());
        }
        loginPool.shutdown();
        System.out.printf("Logged in %d families in %.1f s (%d at a time; each login page + post + agenda page: %s)%n",
                sessions.size(), (System.nanoTime() - loginStart) / 1e9, LOGIN_THREADS, percentiles(loginTimes));
        System.out.printf("logins that failed and were tried again: %d%n", LOGIN_FAILURES.get());
        System.out.printf("login page (GET /connexion) answered in %s%n", percentiles(LOGIN_PAGES));
        System.out.printf("login post answered in %s; %d sent to the waiting room%n", percentiles(LOGIN_ANSWERS),
                QUEUED.get());
        long over = LOGIN_ANSWERS.stream().filter(n -> n >= 1_000_000_000L).count()
                + LOGIN_PAGES.stream().filter(n -> n >= 1_000_000_000L).count();
        System.out.printf("login page or post answered in 1 s or more: %d of %d%n", over,
                LOGIN_ANSWERS.size() + LOGIN_PAGES.size());
        if (!QUEUE.isEmpty()) {
            waitingRoomOrder();
        }
        reference();

        // 2. the rush: every family asks the same day at the same instant
        List<HttpRequest> requests = new ArrayList<>();
        for (Session s : sessions) {
            String body = form(Map.of("activite", String.valueOf(activity), "mois", month, "jours", day,
                    "action", "demander", "_csrf", s.csrf()));
            requests.add(HttpRequest.newBuilder(URI.create(base + "/enfants/" + s.family().childId() + "/agenda"))
                    .timeout(Duration.ofSeconds(120)).header("Cookie", "PFSESSION=" + s.cookie())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        // meanwhile one family keeps opening its agenda page
        AtomicBoolean rushing = new AtomicBoolean(true);
        List<Long> duringRush = Collections.synchronizedList(new ArrayList<>());
        Session watcher = sessions.get(0);
        Thread agendaWatcher = new Thread(() -> {
            while (rushing.get()) {
                long t = System.nanoTime();
                int status = agenda(watcher, activity, month).statusCode();
                if (status == 200) {
                    duringRush.add(System.nanoTime() - t);
                }
            }
        });
        System.out.printf("Firing %d reservation requests at once…%n", requests.size());
        LocalTime windowStart = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        List<CompletableFuture<Sample>> inFlight = new ArrayList<>(requests.size());
        long start = System.nanoTime();
        agendaWatcher.start();
        String marker = System.getProperty("rush.marker");
        if (marker != null) {
            Files.writeString(Path.of(marker), "firing"); // run.sh kills an instance from here in failover runs
        }
        for (HttpRequest r : requests) {
            inFlight.add(sendWithRetry(r, start, 1));
        }
        List<Sample> samples = new ArrayList<>();
        for (var f : inFlight) {
            samples.add(f.join());
        }
        long wall = System.nanoTime() - start;
        LocalTime windowEnd = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        rushing.set(false);
        agendaWatcher.join();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        int ok = 0;
        List<Long> latencies = new ArrayList<>();
        int retried = 0;
        for (Sample s : samples) {
            retried += s.attempts() > 1 ? 1 : 0;
            byStatus.merge(s.status(), 1, Integer::sum);
            latencies.add(s.nanos());
            if (s.status() == 302 && s.location().contains("/agenda")) {
                ok++;
            }
        }
        System.out.println();
        System.out.println("=== Rush: " + samples.size() + " reservation requests for " + day + " ===");
        System.out.println("rush window      " + windowStart + " " + windowEnd + " (UTC)");
        System.out.printf("wall time        %.2f s%n", wall / 1e9);
        System.out.printf("requests/s       %.0f%n", samples.size() / (wall / 1e9));
        System.out.println("latency          " + percentiles(latencies));
        System.out.println("answered OK      " + ok + " (302 back to the agenda)");
        System.out.println("errors           " + (samples.size() - ok) + " " + byStatus);
        System.out.println("retried          " + retried + " (sent again after no answer or a 5xx; at most "
                + ATTEMPTS + " attempts)");
        System.out.println("agenda page during the rush: " + duringRush.size() + " pages, " + percentiles(duringRush));

        if (Boolean.getBoolean("rush.sessions")) {
            // failover runs: every family still has its session (answered by whichever instance is left)
            ExecutorService checkers = Executors.newFixedThreadPool(16);
            AtomicInteger kept = new AtomicInteger();
            List<String> lost = Collections.synchronizedList(new ArrayList<>());
            for (Session s : sessions) {
                checkers.submit(() -> {
                    var page = agenda(s, activity, month);
                    if (page.statusCode() == 200) {
                        kept.incrementAndGet();
                    } else {
                        lost.add(s.family().login() + " " + page.statusCode());
                    }
                });
            }
            checkers.shutdown();
            checkers.awaitTermination(10, TimeUnit.MINUTES);
            System.out.println("sessions after   " + kept.get() + " of " + sessions.size()
                    + " families still logged in (agenda page 200)" + (lost.isEmpty() ? "" : ", lost: "
                    + lost.subList(0, Math.min(5, lost.size()))));
        }

        // 3. the agenda page under load: many logged-in families open it continuously
        List<Long> pages = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger pageErrors = new AtomicInteger();
        ExecutorService browsers = Executors.newFixedThreadPool(agendaClients);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(agendaSeconds);
        long loadStart = System.nanoTime();
        for (int i = 0; i < agendaClients; i++) {
            Session s = sessions.get(i % sessions.size());
            browsers.submit(() -> {
                while (System.nanoTime() < until) {
                    long t = System.nanoTime();
                    if (agenda(s, activity, month).statusCode() == 200) {
                        pages.add(System.nanoTime() - t);
                    } else {
                        pageErrors.incrementAndGet();
                    }
                }
            });
        }
        browsers.shutdown();
        browsers.awaitTermination(agendaSeconds + 60L, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.println();
        System.out.printf("=== Agenda page: %d logged-in clients for %d s ===%n", agendaClients, agendaSeconds);
        System.out.printf("pages/s          %.0f%n", pages.size() / seconds);
        System.out.println("latency          " + percentiles(pages));
        System.out.println("errors           " + pageErrors.get());
        io.shutdownNow();
    }

    static CompletableFuture<Sample> sendWithRetry(HttpRequest r, long start, int attempt) {
        return client.sendAsync(r, HttpResponse.BodyHandlers.discarding()).handle((resp, error) -> {
            boolean failed = resp == null || resp.statusCode() >= 500;
            if (failed && attempt < ATTEMPTS) {
                return CompletableFuture.supplyAsync(() -> 0,
                        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS))
                        .thenCompose(x -> sendWithRetry(r, start, attempt + 1));
            }
            return CompletableFuture.completedFuture(resp == null
                    ? new Sample(-1, System.nanoTime() - start, String.valueOf(error), attempt)
                    : new Sample(resp.statusCode(), System.nanoTime() - start,
                            resp.headers().firstValue("Location").orElse(""), attempt));
        }).thenCompose(f -> f);
    }

    /** The reference of the same run, right before the rush: run.sh's pgbench script (-Drush.reference=FILE). */
    static void reference() throws IOException, InterruptedException {
        String script = System.getProperty("rush.reference");
        if (script == null) {
            return;
        }
        System.out.println("Reference right before the rush (load average " + Files.readString(Path.of("/proc/loadavg"))
                .trim() + "):");
        var process = new ProcessBuilder("bash", script).redirectErrorStream(true).start();
        System.out.print(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        process.waitFor();
    }

    /**
     * Were the queued logins admitted in their order? A family sees its admission only at its next refresh, so
     * family j (ticket after i's) certainly overtook i only when j saw it before i's admission could have
     * happened (i's last refresh interval before i saw it).
     */
    static void waitingRoomOrder() {
        List<Queued> q = new ArrayList<>(QUEUE);
        q.sort(java.util.Comparator.comparingLong(Queued::ticketAt));
        long overtaken = 0;
        long worst = 0;
        for (int i = 0; i < q.size(); i++) {
            long earliest = q.get(i).admittedSeenAt() - TimeUnit.SECONDS.toNanos(q.get(i).refreshSeconds());
            for (int j = i + 1; j < q.size(); j++) {
                if (q.get(j).admittedSeenAt() < earliest) {
                    overtaken++;
                    worst = Math.max(worst, earliest - q.get(j).admittedSeenAt());
                }
            }
        }
        List<Long> waits = q.stream().map(x -> x.admittedSeenAt() - x.ticketAt()).toList();
        System.out.printf("waiting room: %d queued, first position shown up to %d, wait to admission %s;%n"
                + "  pairs certainly admitted out of ticket order: %d of %d (worst by %d ms)%n", q.size(),
                q.stream().mapToInt(Queued::firstPosition).max().orElse(0), percentiles(waits), overtaken,
                (long) q.size() * (q.size() - 1) / 2, worst / 1_000_000);
    }

    static Session login(Family f, String password, long activity, String month, String day) {
        if (DEVICE) {
            return deviceLogin(f, activity, month, day);
        }
        long p = System.nanoTime();
        var page = send(HttpRequest.newBuilder(URI.create(base + "/connexion")).GET().build(), null);
        LOGIN_PAGES.add(System.nanoTime() - p);
        String cookie = cookie(page, null);
        String csrf = csrf(page.body());
        long t = System.nanoTime();
        var posted = send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("identifiant", f.login(), "motDePasse", password,
                        "_csrf", csrf)))).build(), cookie);
        long ticketAt = System.nanoTime();
        LOGIN_ANSWERS.add(ticketAt - t);
        cookie = cookie(posted, cookie);
        if (posted.statusCode() == 303 && posted.headers().firstValue("Location").orElse("").contains("/connexion/file")) {
            // the waiting room: the page refreshes itself (its meta refresh) until the password was checked
            QUEUED.incrementAndGet();
            int refresh = 0;
            int firstPosition = 0;
            do {
                try {
                    Thread.sleep(refresh * 1000L);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                posted = send(HttpRequest.newBuilder(URI.create(base + "/connexion/file")).GET().build(), cookie);
                cookie = cookie(posted, cookie);
                if (posted.statusCode() == 200) {
                    Matcher r = REFRESH.matcher(posted.body());
                    refresh = r.find() ? Integer.parseInt(r.group(1)) : 2;
                    Matcher m = POSITION.matcher(posted.body());
                    if (firstPosition == 0 && m.find()) {
                        firstPosition = Integer.parseInt(m.group(1));
                    }
                }
            } while (posted.statusCode() == 200);
            QUEUE.add(new Queued(ticketAt, System.nanoTime(), Math.max(refresh, 1), firstPosition));
        }
        if (posted.statusCode() != 302 || posted.headers().firstValue("Location").orElse("").contains("erreur")) {
            throw new IllegalStateException("login failed for " + f.login() + ": " + posted.statusCode() + " "
                    + posted.headers().firstValue("Location").orElse(""));
        }
        cookie = cookie(posted, cookie);
        var session = new Session(f, cookie, null);
        var agenda = agenda(session, activity, month);
        if (agenda.statusCode() != 200 || !agenda.body().contains("data-day=\"" + day + "\"")) {
            throw new IllegalStateException("day " + day + " not bookable for " + f.login() + " (" + agenda.statusCode() + ")");
        }
        return new Session(f, cookie, csrf(agenda.body()));
    }

    /** The family opens its agenda with its device cookie and no session: no password, no hash. */
    static Session deviceLogin(Family f, long activity, String month, String day) {
        String device = java.util.Base64.getEncoder().withoutPadding().encodeToString(
                ("rush-" + f.accountId() + ":token-" + f.accountId()).getBytes(StandardCharsets.US_ASCII));
        long t = System.nanoTime();
        var agenda = send(HttpRequest.newBuilder(URI.create(base + "/enfants/" + f.childId() + "/agenda?activite="
                + activity + "&mois=" + month)).header("Cookie", "PFAPPAREIL=" + device).GET().build(), null);
        LOGIN_ANSWERS.add(System.nanoTime() - t);
        String cookie = cookie(agenda, null);
        if (agenda.statusCode() != 200 || cookie == null || !agenda.body().contains("data-day=\"" + day + "\"")) {
            throw new IllegalStateException("device login failed for " + f.login() + " (" + agenda.statusCode() + ")");
        }
        return new Session(f, cookie, csrf(agenda.body()));
    }

    static HttpResponse<String> agenda(Session s, long activity, String month) {
        return send(HttpRequest.newBuilder(URI.create(base + "/enfants/" + s.family().childId() + "/agenda?activite="
                + activity + "&mois=" + month)).GET().build(), s.cookie());
    }

    static HttpResponse<String> send(HttpRequest request, String cookie) {
        try {
            var builder = HttpRequest.newBuilder(request, (n, v) -> true);
            if (cookie != null) {
                builder.header("Cookie", "PFSESSION=" + cookie);
            }
            return client.send(builder.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cookie(HttpResponse<?> response, String previous) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return previous;
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in page");
        }
        return m.group(1);
    }

    static String form(Map<String, String> fields) {
        var out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "(none)";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1_000_000);
    }

    static long ms(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1_000_000;
    }
}

package fr.portailfamille.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Records the SQL statements the current thread prepares, for tests that count a request's queries: the suite's
 * DataSource is wrapped so that every {@code prepareStatement}/{@code createStatement} of a connection taken by
 * this thread is logged while {@link #record} runs (MockMvc runs the request on the test's thread).
 */
@Component
public class StatementLog implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    public interface Action {
        void run() throws Exception;
    }

    /** Runs the action and answers the statements it prepared on this thread, in order. */
    public static List<String> record(Action action) throws Exception {
        var statements = new ArrayList<String>();
        RECORDING.set(statements);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    private static void log(Object sql) {
        var statements = RECORDING.get();
        if (statements != null) {
            statements.add(String.valueOf(sql).replaceAll("\\s+", " ").trim());
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Logging)) {
            return new Logging(dataSource);
        }
        return bean;
    }

    public static final class Logging extends DelegatingDataSource {

        public Logging(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return logging(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return logging(super.getConnection(username, password));
        }

        private static Connection logging(Connection target) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null) {
                    log(args[0]);
                }
                try {
                    Object result = method.invoke(target, args);
                    if (name.equals("createStatement") && result instanceof java.sql.Statement statement) {
                        return statement(statement);
                    }
                    return result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private static java.sql.Statement statement(java.sql.Statement target) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().startsWith("execute") || method.getName().equals("addBatch")) {
                    if (args != null && args.length > 0 && args[0] instanceof String sql) {
                        log(sql);
                    }
                }
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (java.sql.Statement) Proxy.newProxyInstance(java.sql.Statement.class.getClassLoader(),
                    new Class<?>[] {java.sql.Statement.class}, handler);
        }
    }
}

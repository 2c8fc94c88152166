package org.atelier.bench;

public class LiveLatencyBench {
    public static void main(String[] args) {
        System.out.println(org.atelier.AtelierApplication.class);
    }
}

/**
 * Suppliers as aggregates with their lifecycle prospect → active → inactive and the activation
 * rule of SUP-1 (a named person for the relationship, the contract and the performance), their
 * contacts and their interfaces (SUP-8), and what users enter for each.
 */
package org.sepakat.supplier.entity;
